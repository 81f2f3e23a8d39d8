import type { Provider } from '@nestjs/common';
import { DATABASE_POOL } from '@scn/platform';
import type { Pool } from 'pg';
import type { SqlQuery, SqlRunner } from './sql-query';

/** Injection token of the directory's SqlRunner. */
export const SQL_RUNNER = Symbol('directory:sql-runner');

/**
 * The directory's queries run on the `pg` pool under the service's Prisma client: they
 * are read-only, written out as SQL, and select only text, int and float columns, so
 * Prisma's raw-query layers (argument and result conversion) were pure cost — about a
 * tenth of the CPU of a search through the gateway (`npm run bench:directory`). The
 * benchmark's bare baseline runs the same queries on a pool of its own.
 */
export const poolSqlRunner: Provider = {
  provide: SQL_RUNNER,
  inject: [DATABASE_POOL],
  useFactory:
    (pool: Pool): SqlRunner =>
    async <Row>(query: SqlQuery) =>
      (await pool.query(query.text, query.values)).rows as Row[],
};
