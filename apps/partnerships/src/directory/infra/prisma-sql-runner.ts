import type { Provider } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import type { SqlQuery, SqlRunner } from './sql-query';

/** Injection token of the directory's SqlRunner. */
export const SQL_RUNNER = Symbol('directory:sql-runner');

/** The directory's queries run as raw SQL on the service's Prisma client (shared with the benchmark's bare `pg`). */
export const prismaSqlRunner: Provider = {
  provide: SQL_RUNNER,
  inject: [DATABASE],
  useFactory:
    (db: PrismaClient): SqlRunner =>
    <Row>(query: SqlQuery) =>
      db.$queryRawUnsafe<Row[]>(query.text, ...query.values),
};
