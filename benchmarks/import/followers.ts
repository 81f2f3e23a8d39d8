import type { RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, startTestService } from '@scn/testing';
import type { GatewayUnderTest } from '../../apps/gateway/test/gateway-harness';
import { exchangesService } from '../../apps/exchanges/src/exchanges.service-definition';
import { notificationsService } from '../../apps/notifications/src/notifications.service-definition';
import { now, sleep } from '../events/measure';

/** The services that keep a read model of partnerships, learnt from the partnerships service's events. */
export const FOLLOWERS = {
  exchanges: exchangesService,
  notifications: notificationsService,
} as const;
export type Follower = keyof typeof FOLLOWERS;

export interface CatchUp {
  service: Follower;
  /** From the service's start until its read model holds every imported partnership. */
  seconds: number;
  eventsPerSecond: number;
  /** CPU of this process meanwhile (the follower is the only thing running in it). */
  cpuSeconds: number;
}

interface RawQueries {
  $queryRawUnsafe<T>(query: string): Promise<T>;
}

/**
 * Starts `service` on the gateway's namespace, after the import, with a database of its
 * own: its durable consumer then reads the partnerships stream from the start — every
 * `partnership.activated.v1` of the import — as a service deployed after an import (or
 * one coming back after a long stop) does. Timed until its `known_partnerships` holds
 * `expected` rows. The service stays running and is stopped (its database dropped) with
 * the gateway.
 */
export async function followerCatchUp(gateway: GatewayUnderTest, service: Follower, expected: number, timeoutMs: number): Promise<CatchUp> {
  const database = await createTestDatabase(service);
  const cpuBefore = process.cpuUsage();
  const start = now();
  const options = { namespace: gateway.namespace, databaseUrl: database.url };
  // (Each definition has its own settings' type: start each by its own.)
  const running: RunningService =
    service === 'exchanges' ? await startTestService(FOLLOWERS.exchanges, options) : await startTestService(FOLLOWERS.notifications, options);
  gateway.backends.push({ service: running, database });
  const db = running.app.get<RawQueries>(DATABASE);
  for (;;) {
    const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>('SELECT count(*)::int AS n FROM known_partnerships');
    if (row!.n >= expected) break;
    if (now() - start > timeoutMs) throw new Error(`${service} knew ${row!.n} of ${expected} partnerships after ${timeoutMs / 1_000} s`);
    await sleep(250);
  }
  const seconds = (now() - start) / 1_000;
  const cpu = process.cpuUsage(cpuBefore);
  return { service, seconds, eventsPerSecond: expected / seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
