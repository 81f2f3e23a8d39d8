import type { Prisma, PrismaClient } from '@scn-prisma/applications';

export type Tx = Prisma.TransactionClient;
/** A transaction, or the client for reads outside one. */
export type Db = Tx | PrismaClient;
