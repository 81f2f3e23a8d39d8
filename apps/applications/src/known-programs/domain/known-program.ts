import type { DomainEvent } from '@scn/contracts';

/** The rules of a program a submission is checked against (the exchanges service's `eligibility`). */
export interface ProgramRules {
  minAge: number;
  maxAge: number;
  residence: 'member-city' | 'member-region' | 'any';
  languages: string[];
  requiredDocuments: string[];
  maxApplicationsPerSeason: number;
}

export type KnownProgramStatus = 'published' | 'closed' | 'cancelled' | 'completed';

/** What the applications service knows of one exchange program (dates as Date, days at UTC midnight). */
export interface KnownProgramState {
  id: string;
  partnershipId: string;
  memberProgramId: string | null;
  memberCityId: string | null;
  partnerCityId: string | null;
  memberCountryCode: string | null;
  partnerCountryCode: string | null;
  season: number;
  category: string;
  title: string;
  direction: 'to_partner' | 'from_partner' | 'reciprocal' | null;
  languages: string[];
  travelStart: Date;
  travelEnd: Date;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  decisionReleaseAt: Date | null;
  offerResponseDeadline: Date | null;
  capacityMember: number;
  capacityPartner: number;
  eligibility: ProgramRules | null;
  status: KnownProgramStatus;
  windowOpen: boolean;
  paused: boolean;
  cancelReason: string | null;
  lastEventAt: Date;
}

/** The exchanges service's events this read model follows. */
export const FOLLOWED_PROGRAM_EVENTS = [
  'exchange-program.published.v1',
  'exchange-program.updated.v1',
  'exchange-program.window-opened.v1',
  'exchange-program.window-closed.v1',
  'exchange-program.paused.v1',
  'exchange-program.resumed.v1',
  'exchange-program.cancelled.v1',
  'exchange-program.completed.v1',
] as const;
export type FollowedProgramEventType = (typeof FOLLOWED_PROGRAM_EVENTS)[number];
/** One of them, typed by its type (checking `type` tells which data it carries). */
export type ProgramEvent = { [T in FollowedProgramEventType]: DomainEvent<T> }[FollowedProgramEventType];
