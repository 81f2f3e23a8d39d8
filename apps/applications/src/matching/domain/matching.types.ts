/**
 * What the matching engine reads and what it answers. Plain data: the service maps its rows
 * to a `MatchingInstance` and stores the `MatchingResult` as it is.
 */

export type ApplicantSide = 'member' | 'partner';
export const APPLICANT_SIDES: readonly ApplicantSide[] = ['member', 'partner'];

export interface ProgramCapacity {
  member: number;
  partner: number;
}

export interface MatchingProgram {
  id: string;
  /** Places per side: an applicant competes only for places on their own side. */
  capacity: ProgramCapacity;
  /**
   * The program's weak ranking of its applicants: tiers, best first; the applicants of one
   * tier have the same score. An applicant who chose the program but is in no tier is not
   * ranked there and cannot be placed there.
   */
  ranking: string[][];
}

export interface MatchingChoice {
  programId: string;
  /** Set when the choice failed an eligibility rule: such a choice is never assigned. */
  ineligibleRule?: string;
}

export interface MatchingApplicant {
  id: string;
  side: ApplicantSide;
  /** Programs, best first. */
  choices: MatchingChoice[];
}

export interface MatchingInstance {
  /** Seeds the lottery that breaks ties: the same instance and seed give the same result. */
  seed: string;
  programs: MatchingProgram[];
  applicants: MatchingApplicant[];
}

export interface MatchingOptions {
  /** Run the stable improvement cycles after deferred acceptance (default true). */
  improve?: boolean;
}

/**
 * Why an applicant is not placed on a choice ranked above their placement. The first that
 * applies, in this order: ineligible (a failed rule, or 'program-unknown'), no places on
 * their side, not ranked, full.
 */
export type ChoiceExplanation =
  | { kind: 'ineligible'; rule: string }
  | { kind: 'not-ranked' }
  | { kind: 'no-places' }
  | {
      kind: 'full';
      /** 1-based competition rank among the program's ranked applicants of this side. */
      yourRank: number;
      /** The rank of the lowest-ranked applicant placed there on this side. */
      lowestAdmittedRank: number;
      /** 'lottery' when they share a tier with the lowest admitted applicant. */
      decidedBy: 'score' | 'lottery';
      /** 1-based position on that program's waitlist for this side. */
      waitlistPosition: number;
    };

export interface ExplainedChoice {
  programId: string;
  /** 0-based index in the applicant's choices. */
  choiceIndex: number;
  explanation: ChoiceExplanation;
}

export interface ApplicantOutcome {
  applicantId: string;
  side: ApplicantSide;
  /** 1-based; the lower, the better within a tier (the same number for every program). */
  lotteryNumber: number;
  placement: { programId: string; choiceIndex: number } | null;
  /** One entry for every choice ranked above the placement (every choice when unplaced). */
  explanations: ExplainedChoice[];
}

export interface ProgramWaitlist {
  programId: string;
  side: ApplicantSide;
  /** Best first: by the program's ranking, then the lottery. */
  applicantIds: string[];
}

export interface SideFill {
  places: number;
  filled: number;
}

export interface ProgramFill {
  programId: string;
  member: SideFill;
  partner: SideFill;
}

export interface MatchingStatistics {
  applicants: number;
  placed: number;
  placedOnFirstChoice: number;
  placedInTopThree: number;
  unplaced: number;
  programs: ProgramFill[];
  /** Proposals made during deferred acceptance. */
  proposals: number;
  improvementCycles: number;
  /** Distinct applicants moved by the improvement cycles. */
  applicantsMovedByCycles: number;
}

export interface MatchingResult {
  seed: string;
  /** Sorted by applicant id. */
  outcomes: ApplicantOutcome[];
  /** Every (program, side) with a waitlist, sorted by program id then side. */
  waitlists: ProgramWaitlist[];
  statistics: MatchingStatistics;
}
