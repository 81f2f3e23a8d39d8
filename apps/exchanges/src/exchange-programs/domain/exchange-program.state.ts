import type { ExchangeCategory, ExchangeDirection, ExchangeProgramStatus, PauseCause } from '@scn/contracts';

export type { ExchangeDirection, ExchangeProgramStatus, PauseCause };

export interface ProgramCosts {
  amount: number;
  currency: string;
  covers?: string[];
}

export interface ProgramEligibility {
  /** Age range on the travel start date. */
  minAge: number;
  maxAge: number;
  residence: 'member-city' | 'member-region' | 'any';
  languages: string[];
  requiredDocuments: string[];
  maxApplicationsPerSeason: number;
}

/** Places for participants from the member city and from the partner city. */
export interface ProgramCapacity {
  member: number;
  partner: number;
}

/** What the program's managers decide (dates as ISO strings: days `YYYY-MM-DD`, instants with a zone). */
export interface ProgramFields {
  season: number;
  category: ExchangeCategory;
  title: string;
  description: string;
  languages: string[];
  direction: ExchangeDirection;
  travelStart: string;
  travelEnd: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  decisionReleaseAt: string | null;
  offerResponseDeadline: string | null;
  capacity: ProgramCapacity;
  costs: ProgramCosts;
  eligibility: ProgramEligibility;
}
export type ProgramField = keyof ProgramFields;

/** Everything the domain knows of a program. */
export interface ExchangeProgramState extends ProgramFields {
  id: string;
  partnershipId: string;
  memberProgramId: string | null;
  memberCityId: string;
  partnerCityId: string;
  /** ISO2 of each city, copied from the partnership (null when it did not know them). */
  memberCountryCode: string | null;
  partnerCountryCode: string | null;
  status: ExchangeProgramStatus;
  paused: boolean;
  /** Why it is paused: set while `paused`, else null. */
  pauseCause: PauseCause | null;
  windowOpenedAt: string | null;
  windowClosedAt: string | null;
  cancelReason: string | null;
}

/** The partnership a program is created under, as the read model knows it. */
export interface ProgramPartnership {
  id: string;
  memberProgramId: string | null;
  memberCityId: string;
  partnerCityId: string;
  memberCountryCode: string | null;
  partnerCountryCode: string | null;
}

/** A season's matching run in the applications service, as the history of the programs it allocated names it. */
export interface MatchingRunRef {
  runId: string;
}
