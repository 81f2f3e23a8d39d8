import type { KnownProgramState, KnownProgramStatus, ProgramEvent } from './known-program';

type ScheduleEvent = Extract<
  ProgramEvent,
  { type: 'exchange-program.published.v1' | 'exchange-program.updated.v1' | 'exchange-program.window-opened.v1' | 'exchange-program.window-closed.v1' }
>;

/**
 * The known program after `event`, or null when the event is to be skipped.
 *
 * The exchanges service publishes a program's events in order; this read model guards
 * anyway: an event older than the last one applied is skipped, and an event that does not
 * carry the program's dates (a pause, a cancellation…) cannot start a record — its
 * `published` event comes first on the stream. A cancelled or completed program stays so.
 */
export function applyProgramEvent(current: KnownProgramState | null, event: ProgramEvent): KnownProgramState | null {
  const time = new Date(event.time);
  if (current && time.getTime() < current.lastEventAt.getTime()) return null;
  const base = hasSchedule(event) ? withSchedule(current, event, time) : current && { ...current, lastEventAt: time };
  if (!base) return null;
  const ended = base.status === 'cancelled' || base.status === 'completed';
  switch (event.type) {
    case 'exchange-program.published.v1':
      return { ...base, status: ended ? base.status : 'published' };
    case 'exchange-program.updated.v1':
      return base;
    case 'exchange-program.window-opened.v1':
      return { ...base, windowOpen: !ended, status: ended ? base.status : 'published' };
    case 'exchange-program.window-closed.v1':
      return { ...base, windowOpen: false, status: ended ? base.status : 'closed' };
    case 'exchange-program.paused.v1':
      return { ...base, paused: true };
    case 'exchange-program.resumed.v1':
      return { ...base, paused: false };
    case 'exchange-program.cancelled.v1':
      return { ...base, status: 'cancelled', windowOpen: false, cancelReason: event.data.reason };
    case 'exchange-program.completed.v1':
      return { ...base, status: base.status === 'cancelled' ? 'cancelled' : 'completed', windowOpen: false };
  }
}

function hasSchedule(event: ProgramEvent): event is ScheduleEvent {
  return 'applicationOpensAt' in event.data;
}

function withSchedule(current: KnownProgramState | null, event: ScheduleEvent, time: Date): KnownProgramState {
  const data = event.data;
  const status: KnownProgramStatus = current?.status ?? 'published';
  return {
    id: data.exchangeProgramId,
    partnershipId: data.partnershipId,
    memberProgramId: data.memberProgramId,
    // Events before issue #13 did not carry these: keep what an earlier event said.
    memberCityId: data.memberCityId ?? current?.memberCityId ?? null,
    partnerCityId: data.partnerCityId ?? current?.partnerCityId ?? null,
    memberCountryCode: data.memberCountryCode ?? current?.memberCountryCode ?? null,
    partnerCountryCode: data.partnerCountryCode ?? current?.partnerCountryCode ?? null,
    season: data.season,
    category: data.category,
    title: data.title,
    direction: data.direction ?? current?.direction ?? null,
    languages: data.languages ?? current?.languages ?? [],
    travelStart: new Date(`${data.travelStart}T00:00:00Z`),
    travelEnd: new Date(`${data.travelEnd}T00:00:00Z`),
    applicationOpensAt: new Date(data.applicationOpensAt),
    applicationClosesAt: new Date(data.applicationClosesAt),
    decisionReleaseAt: data.decisionReleaseAt === null ? null : new Date(data.decisionReleaseAt),
    offerResponseDeadline: data.offerResponseDeadline === null ? null : new Date(data.offerResponseDeadline),
    capacityMember: data.capacity.member,
    capacityPartner: data.capacity.partner,
    eligibility: data.eligibility ?? current?.eligibility ?? null,
    status,
    windowOpen: current?.windowOpen ?? false,
    paused: current?.paused ?? false,
    cancelReason: current?.cancelReason ?? null,
    lastEventAt: time,
  };
}
