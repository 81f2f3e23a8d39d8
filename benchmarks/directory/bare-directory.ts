import { directorySearchRequestSchema } from '@scn/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { searchDirectory } from '../../apps/partnerships/src/directory/queries/search-directory/search-directory';
import type { SqlQuery, SqlRunner } from '../../apps/partnerships/src/directory/infra/sql-query';

/**
 * (B) The bare baseline: one plain Fastify route and a `pg` pool of the size the
 * service's Prisma adapter uses (10), running the directory's own SQL
 * (`searchDirectory`, the same plan and statements the service runs). No Nest, no NATS,
 * no Prisma, no access guard, rate limit, audit or response schema. The query string is
 * parsed with the same zod schema, since the SQL depends on its defaults.
 */
export class BareDirectory {
  private constructor(
    private readonly app: FastifyInstance,
    readonly pool: Pool,
    readonly url: string,
  ) {}

  static async start(databaseUrl: string): Promise<BareDirectory> {
    const pool = new Pool({ connectionString: databaseUrl, max: 10, application_name: 'directory-bench-bare' });
    const run = bareRunner(pool);
    const app = Fastify({ logger: false });
    app.get('/v1/directory/partnerships', async (request, reply) => {
      const parsed = directorySearchRequestSchema.safeParse(request.query);
      if (!parsed.success) return reply.code(400).send({ code: 'REQUEST.INVALID' });
      return searchDirectory(run, parsed.data);
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    return new BareDirectory(app, pool, `${address}/v1/directory/partnerships`);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.pool.end();
  }
}

/** The directory's SqlRunner on a plain `pg` pool. */
export const bareRunner =
  (pool: Pool): SqlRunner =>
  async <Row>(query: SqlQuery) =>
    (await pool.query(query.text, query.values)).rows as Row[];
