import type { ExchangeProgram as ProgramRow, ExchangeProgramChange as ChangeRow, Prisma } from '@scn-prisma/exchanges';
import { pauseReasonOf, type ExchangeProgramView, type PublicExchangeProgramView } from '@scn/contracts';
import type { ExchangeProgramState, PauseCause, ProgramCosts, ProgramEligibility } from '../domain/exchange-program.state';

/** A calendar day stored in a DATE column (read back as midnight UTC). */
export const fromIsoDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);
const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());
const instant = (value: string | null): Date | null => (value === null ? null : new Date(value));

/** A pause's cause from its three columns (the code is written from PAUSE_CAUSE_CODES only). */
function pauseCauseOf(row: ProgramRow): PauseCause | null {
  if (row.pauseCauseCode === null) return null;
  return { code: row.pauseCauseCode as PauseCause['code'], by: row.pausedBy, note: row.pauseNote };
}

export function toProgramState(row: ProgramRow): ExchangeProgramState {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    memberProgramId: row.memberProgramId,
    memberCityId: row.memberCityId,
    partnerCityId: row.partnerCityId,
    memberCountryCode: row.memberCountryCode,
    partnerCountryCode: row.partnerCountryCode,
    season: row.season,
    category: row.category as ExchangeProgramState['category'],
    title: row.title,
    description: row.description,
    languages: row.languages,
    direction: row.direction,
    travelStart: toIsoDate(row.travelStart),
    travelEnd: toIsoDate(row.travelEnd),
    applicationOpensAt: row.applicationOpensAt.toISOString(),
    applicationClosesAt: row.applicationClosesAt.toISOString(),
    decisionReleaseAt: iso(row.decisionReleaseAt),
    offerResponseDeadline: iso(row.offerResponseDeadline),
    capacity: { member: row.capacityMember, partner: row.capacityPartner },
    costs: row.costs as unknown as ProgramCosts,
    eligibility: row.eligibility as unknown as ProgramEligibility,
    status: row.status,
    paused: row.paused,
    pauseCause: pauseCauseOf(row),
    windowOpenedAt: iso(row.windowOpenedAt),
    windowClosedAt: iso(row.windowClosedAt),
    cancelReason: row.cancelReason,
  };
}

/** The columns of a program's state (everything but id, revision and timestamps). */
export function toColumns(state: ExchangeProgramState) {
  return {
    partnershipId: state.partnershipId,
    memberProgramId: state.memberProgramId,
    memberCityId: state.memberCityId,
    partnerCityId: state.partnerCityId,
    memberCountryCode: state.memberCountryCode,
    partnerCountryCode: state.partnerCountryCode,
    season: state.season,
    category: state.category,
    title: state.title,
    description: state.description,
    languages: state.languages,
    direction: state.direction,
    travelStart: fromIsoDate(state.travelStart),
    travelEnd: fromIsoDate(state.travelEnd),
    applicationOpensAt: new Date(state.applicationOpensAt),
    applicationClosesAt: new Date(state.applicationClosesAt),
    decisionReleaseAt: instant(state.decisionReleaseAt),
    offerResponseDeadline: instant(state.offerResponseDeadline),
    capacityMember: state.capacity.member,
    capacityPartner: state.capacity.partner,
    costs: state.costs as unknown as Prisma.InputJsonObject,
    eligibility: state.eligibility as unknown as Prisma.InputJsonObject,
    status: state.status,
    paused: state.paused,
    pauseCauseCode: state.pauseCause?.code ?? null,
    pausedBy: state.pauseCause?.by ?? null,
    pauseNote: state.pauseCause?.note ?? null,
    windowOpenedAt: instant(state.windowOpenedAt),
    windowClosedAt: instant(state.windowClosedAt),
    cancelReason: state.cancelReason,
  };
}

/** What anyone may read of a program. */
export function toPublicView(row: ProgramRow): PublicExchangeProgramView {
  const s = toProgramState(row);
  return {
    id: s.id,
    partnershipId: s.partnershipId,
    memberCityId: s.memberCityId,
    partnerCityId: s.partnerCityId,
    memberCountryCode: s.memberCountryCode,
    partnerCountryCode: s.partnerCountryCode,
    season: s.season,
    category: s.category,
    title: s.title,
    description: s.description,
    languages: s.languages,
    direction: s.direction,
    travelStart: s.travelStart,
    travelEnd: s.travelEnd,
    applicationOpensAt: s.applicationOpensAt,
    applicationClosesAt: s.applicationClosesAt,
    decisionReleaseAt: s.decisionReleaseAt,
    offerResponseDeadline: s.offerResponseDeadline,
    capacity: s.capacity,
    costs: s.costs,
    eligibility: s.eligibility,
    status: s.status,
    paused: s.paused,
  };
}

/** A program as its managers see it, with its latest changes (newest first). */
export function toManagementView(row: ProgramRow, history: ChangeRow[]): ExchangeProgramView {
  const cause = pauseCauseOf(row);
  return {
    ...toPublicView(row),
    memberProgramId: row.memberProgramId,
    pauseReason: cause === null ? null : pauseReasonOf(cause),
    pauseCause: cause,
    windowOpenedAt: iso(row.windowOpenedAt),
    windowClosedAt: iso(row.windowClosedAt),
    cancelReason: row.cancelReason,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    history: history.map((change) => ({
      id: change.id,
      at: change.at.toISOString(),
      actorId: change.actorId,
      action: change.action,
      details: change.details as Record<string, unknown>,
    })),
  };
}
