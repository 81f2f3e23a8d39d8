import type { DomainEvent } from '@scn/contracts';
import { applyProgramEvent } from './apply-program-event';
import type { KnownProgramState, ProgramEvent } from './known-program';

const REF = { exchangeProgramId: '01900000-0000-7000-8000-000000000001', partnershipId: '01900000-0000-7000-8000-000000000002', memberProgramId: null, season: 2027, category: 'youth-education' as const, title: 'Summer' };
const SCHEDULE = {
  applicationOpensAt: '2027-01-01T00:00:00.000Z',
  applicationClosesAt: '2027-03-01T00:00:00.000Z',
  decisionReleaseAt: null,
  offerResponseDeadline: null,
  travelStart: '2027-07-01',
  travelEnd: '2027-07-15',
  capacity: { member: 3, partner: 2 },
};
let minute = 0;
function event<T extends ProgramEvent['type']>(type: T, data: Record<string, unknown> = {}): ProgramEvent {
  minute += 1;
  return { type, time: new Date(Date.UTC(2027, 0, 1, 0, minute)).toISOString(), data: { ...REF, ...data } } as unknown as DomainEvent<T> as ProgramEvent;
}
function run(...events: ProgramEvent[]): KnownProgramState | null {
  return events.reduce<KnownProgramState | null>((state, next) => applyProgramEvent(state, next) ?? state, null);
}

describe(applyProgramEvent.name, () => {
  it('starts from the published event and follows the window', () => {
    const published = run(event('exchange-program.published.v1', { ...SCHEDULE, direction: 'reciprocal', memberCityId: 'gn:1', partnerCityId: 'gn:2' }));
    expect(published).toMatchObject({ status: 'published', windowOpen: false, capacityMember: 3, capacityPartner: 2, memberCityId: 'gn:1', direction: 'reciprocal' });
    const opened = applyProgramEvent(published, event('exchange-program.window-opened.v1', SCHEDULE));
    expect(opened).toMatchObject({ windowOpen: true, status: 'published', memberCityId: 'gn:1' });
    expect(applyProgramEvent(opened, event('exchange-program.window-closed.v1', SCHEDULE))).toMatchObject({ windowOpen: false, status: 'closed' });
  });

  it('cannot start from an event without dates, and skips an older event', () => {
    expect(run(event('exchange-program.paused.v1', { reason: 'x' }))).toBeNull();
    const later = event('exchange-program.published.v1', SCHEDULE);
    const state = run(later);
    const stale = { ...event('exchange-program.cancelled.v1', { reason: 'x' }), time: '2026-01-01T00:00:00.000Z' } as ProgramEvent;
    expect(applyProgramEvent(state, stale)).toBeNull();
  });

  it('pauses, resumes, and keeps a cancelled program cancelled with its reason', () => {
    const state = run(
      event('exchange-program.published.v1', SCHEDULE),
      event('exchange-program.window-opened.v1', SCHEDULE),
      event('exchange-program.paused.v1', { reason: 'Elections' }),
    );
    expect(state).toMatchObject({ paused: true, windowOpen: true });
    const cancelled = run(
      event('exchange-program.published.v1', SCHEDULE),
      event('exchange-program.resumed.v1'),
      event('exchange-program.cancelled.v1', { reason: 'No hosts' }),
      event('exchange-program.window-opened.v1', SCHEDULE),
      event('exchange-program.completed.v1'),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', windowOpen: false, cancelReason: 'No hosts', paused: false });
  });
});
