import { setTimeout as sleep } from 'node:timers/promises';
import { BACKEND_SERVICES, type BackendService, type FaultPlatform } from './fault-platform';
import { report, settledLedger, type Ledger } from './ledger';
import type { LoadTally } from './network-load';

/**
 * Runs one scenario: the load and the fault side by side, then waits for the platform to
 * settle, prints its ledger and answers it. `load` and `fault` start together.
 */
export async function runScenario(
  platform: FaultPlatform,
  name: string,
  load: () => Promise<unknown>,
  fault: () => Promise<unknown>,
  settleMs?: number,
): Promise<Ledger> {
  const since = new Date(Date.now() - 1_000);
  const started = Date.now();
  await Promise.all([load(), fault()]);
  const ledger = await settledLedger(platform, since, settleMs);
  ledger.where.push(...platform.crashed());
  // Something stuck: what the services concerned last complained about.
  for (const service of new Set(ledger.where.map((line) => line.split(/[ :]/)[0] ?? ''))) {
    if (BACKEND_SERVICES.includes(service as BackendService)) ledger.where.push(...platform.recentProblems(service as BackendService).map((line) => `${service} logged ${line}`));
  }
  process.stdout.write(`${report(`${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`, ledger)}\n`);
  return ledger;
}

/**
 * What every scenario must end with: nothing lost, nothing done twice, nothing left pending.
 *
 * `resendsAllowed`: only for a scenario that kills a delivering process. An email or a
 * webhook whose receiver accepted it just before the process died, and before the outcome
 * was committed, is delivered again by the replica that takes the job over — under the same
 * Message-ID or webhook-id, so the receiver can drop it (neither SMTP nor HTTP can hand a
 * message over and commit in one step). There can be at most as many as were in flight.
 */
export function expectNothingLostOrDoubled(ledger: Ledger, { resendsAllowed = 0 } = {}): void {
  expect({
    lostEvents: ledger.events.lost,
    doubledEvents: ledger.events.doubled,
    lostReminders: ledger.reminders.lost,
    lostEmails: ledger.emails.lost,
    lostWebhooks: ledger.webhooks.lost,
    pending: ledger.pending,
    crashed: ledger.where.filter((line) => line.includes(' exited: ')),
  }).toEqual({ lostEvents: 0, doubledEvents: 0, lostReminders: 0, lostEmails: 0, lostWebhooks: 0, pending: 0, crashed: [] });
  expect(ledger.emails.doubled + ledger.webhooks.doubled).toBeLessThanOrEqual(resendsAllowed);
  // The scenario really ran: something was produced on each path it counts.
  expect(ledger.events.produced).toBeGreaterThan(0);
  expect(ledger.emails.produced).toBeGreaterThan(0);
}

/**
 * The load reached past partnerships: exchange programs published, applications submitted
 * and reminders fired while the fault lasted. When it did not, the load's last refusals
 * say where its chains stopped.
 */
export function expectProgramsAndApplications(ledger: Ledger, tally: LoadTally): void {
  const reached = {
    exchanges: (ledger.eventsBy['exchanges'] ?? 0) > 0,
    applications: (ledger.eventsBy['applications'] ?? 0) > 0,
    remindersFired: ledger.reminders.effected > 0,
  };
  const all = Object.values(reached).every(Boolean);
  expect({ ...reached, ...(all ? {} : { refusals: tally.refusals }) }).toEqual({ exchanges: true, applications: true, remindersFired: true });
}

/**
 * Every consumer recorded every event within `seconds` of its writing: a fault that lasts a
 * few seconds delays the platform by seconds (a consumer deaf for half a minute after a NATS
 * node died was the bug; it also left reminders due 30 s later unplanned).
 */
export function expectLearntWithin(ledger: Ledger, seconds: number): void {
  const late = Object.entries(ledger.slowestLearnt).filter(([, learnt]) => (learnt ?? 0) >= seconds);
  expect(Object.fromEntries(late)).toEqual({});
}

export { sleep };
