import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@scn-prisma/notifications';
import { BothTransactions as BothTransactionsOf } from '@scn/testing';

/** A notifications database with both kinds of transaction (`BothTransactions` of `@scn/testing`). */
export type BothTransactions = BothTransactionsOf<PrismaClient>;
export const BothTransactions = {
  KINDS: BothTransactionsOf.KINDS,
  create: () => BothTransactionsOf.create('notifications', (pool) => new PrismaClient({ adapter: new PrismaPg(pool) })),
};
