import type { CallerIdentity } from '@scn/contracts';
import type { FastifyRequest } from 'fastify';
import type { AccessTokenVerifier } from '../../authorization/access-token-verifier';

/** Cookie the dashboard session route sets: the staff member's access token, for the browser's page loads. */
export const QUEUE_DASHBOARD_COOKIE = 'scn_queue_dashboard';
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** The access token of a dashboard request: the Authorization header, else the dashboard cookie. */
export function dashboardToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === QUEUE_DASHBOARD_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Whether the request comes from network staff (a valid access token with that role). */
export async function isStaffRequest(request: FastifyRequest, verifier: AccessTokenVerifier): Promise<boolean> {
  const token = dashboardToken(request);
  if (!token) return false;
  let caller: CallerIdentity;
  try {
    caller = await verifier.verify(token);
  } catch {
    return false;
  }
  return caller.grants.some((grant) => grant.role === 'network-staff');
}
