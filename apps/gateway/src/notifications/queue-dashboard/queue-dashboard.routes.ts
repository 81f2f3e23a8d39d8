import { z } from 'zod';
import { defineRoute } from '../../http/route-declaration';
import { SERVICE_PROBLEMS } from '../../http/service-problems';

export const QUEUE_DASHBOARD_ROUTES = {
  session: defineRoute({
    operationId: 'openQueueDashboard',
    method: 'POST',
    path: '/v1/admin/queue-dashboard/session',
    summary:
      'Lets your browser open the queue dashboard (Bull Board) at /admin/queues: sets an HttpOnly cookie holding your access ' +
      'token for that path only, valid as long as the token. The dashboard also accepts the bearer header.',
    tag: 'notifications',
    access: { kind: 'roles', roles: ['network-staff'] },
    response: z.object({ url: z.string() }),
    errors: [...SERVICE_PROBLEMS],
  }),
};
