import type { CatalogueEventData, DomainEvents } from '@scn/contracts';
import type { ExchangeProgramState } from './exchange-program.state';

type ProgramEventType = Extract<keyof DomainEvents, `exchange-program.${string}`>;

/** An `exchange-program.*` event a change emits, to be written to the outbox with it. */
export type ProgramEvent = {
  [T in ProgramEventType]: { type: T; data: CatalogueEventData<DomainEvents, T> };
}[ProgramEventType];

/** Which program: `exchangeProgramRef` of the event catalogue. */
export function programRef(state: ExchangeProgramState) {
  return {
    exchangeProgramId: state.id,
    partnershipId: state.partnershipId,
    memberProgramId: state.memberProgramId,
    season: state.season,
    category: state.category,
    title: state.title,
  };
}

/** Its dates, places and rules: `exchangeProgramSchedule` of the event catalogue. */
export function programSchedule(state: ExchangeProgramState) {
  return {
    applicationOpensAt: new Date(state.applicationOpensAt).toISOString(),
    applicationClosesAt: new Date(state.applicationClosesAt).toISOString(),
    decisionReleaseAt: state.decisionReleaseAt === null ? null : new Date(state.decisionReleaseAt).toISOString(),
    offerResponseDeadline: state.offerResponseDeadline === null ? null : new Date(state.offerResponseDeadline).toISOString(),
    travelStart: state.travelStart,
    travelEnd: state.travelEnd,
    capacity: { member: state.capacity.member, partner: state.capacity.partner },
    // What the applications service checks a submission against (issue #13).
    direction: state.direction,
    languages: [...state.languages],
    memberCityId: state.memberCityId,
    partnerCityId: state.partnerCityId,
    memberCountryCode: state.memberCountryCode,
    partnerCountryCode: state.partnerCountryCode,
    eligibility: { ...state.eligibility, languages: [...state.eligibility.languages], requiredDocuments: [...state.eligibility.requiredDocuments] },
  };
}
