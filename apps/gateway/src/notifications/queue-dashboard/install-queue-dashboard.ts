import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { QUEUES, queuePrefix } from '@scn/contracts';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { AccessTokenVerifier } from '../../authorization/access-token-verifier';
import { isStaffRequest, QUEUE_DASHBOARD_PATH } from './queue-dashboard-auth';

export interface QueueDashboardOptions {
  redisUrl: string;
  namespace: string;
  verifier: AccessTokenVerifier;
}

/**
 * Serves Bull Board over the notifications service's queues at /admin/queues, to network
 * staff only: every request (page, assets, its JSON API) must carry a staff access token, as
 * a bearer header or the cookie `POST /v1/admin/queue-dashboard/session` sets. Anyone else
 * gets a 404, so the dashboard's existence is not advertised.
 */
export async function installQueueDashboard(fastify: FastifyInstance, options: QueueDashboardOptions): Promise<void> {
  // Its own connection: a dashboard browsing jobs must not slow the rate limiter's.
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true, enableOfflineQueue: true });
  redis.on('error', () => undefined);
  const prefix = queuePrefix(options.namespace);
  const queues = Object.values(QUEUES).map((queue) => new Queue(queue.name, { connection: redis, prefix }));
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Sister-city network queues' } },
  });
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        // The gateway's own 404 problem: a stranger cannot tell the dashboard exists.
        if (!(await isStaffRequest(request, options.verifier))) {
          reply.callNotFound();
          return reply;
        }
        return undefined;
      });
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    redis.disconnect();
  });
}
