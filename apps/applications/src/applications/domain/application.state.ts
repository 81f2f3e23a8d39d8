import type { AgreementSide, ApplicationStatus } from '@scn/contracts';

export type { AgreementSide, ApplicationStatus };

/** One ranked choice: a program of the season and the side the applicant travels from. */
export interface ChoiceState {
  exchangeProgramId: string;
  side: AgreementSide;
}

/** Everything the domain knows of an application (choices in rank order, best first). */
export interface ApplicationState {
  id: string;
  applicantId: string;
  season: number;
  status: ApplicationStatus;
  choices: ChoiceState[];
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  withdrawCause: 'applicant' | 'program-cancelled' | null;
  /** The place the applicant holds (set when a matching run is committed, changed by promotions), else null. */
  placement: PlacementState | null;
  /** The committed run's decision, and when it is (or was) released to the applicant. */
  decision: DecisionState | null;
  /** The offer of the placement, once the decision is released. */
  offer: OfferState | null;
  /** The host city's answer to the nomination of the placement. */
  nomination: NominationState | null;
}

/** A place: which program, from which side, and how the applicant ranked it. */
export interface PlacementState {
  exchangeProgramId: string;
  side: AgreementSide;
  choiceRank: number;
}

export type DecisionOutcome = 'accepted' | 'waitlisted' | 'not_accepted';

export interface DecisionState {
  runId: string;
  releaseDueAt: Date;
  releasedAt: Date | null;
  /** Set at release. */
  outcome: DecisionOutcome | null;
  /** Why not each choice above the placement, as the committed run explained it. */
  explanations: DecisionExplanation[];
}

export interface DecisionExplanation {
  exchangeProgramId: string;
  choiceRank: number;
  explanation: Record<string, unknown>;
}

export interface OfferState {
  deadline: Date;
  state: 'open' | 'accepted' | 'declined' | 'lapsed';
  answeredAt: Date | null;
}

export interface NominationState {
  /** The place nominated for (kept after a refusal, when the placement is gone). */
  exchangeProgramId: string;
  side: AgreementSide;
  state: 'pending' | 'accepted' | 'refused';
  decidedAt: Date | null;
  decidedBy: string | null;
  reason: string | null;
}

/** Whether two ranked lists of choices are the same (programs and sides, in order). */
export function sameChoices(a: readonly ChoiceState[], b: readonly ChoiceState[]): boolean {
  return a.length === b.length && a.every((choice, index) => choice.exchangeProgramId === b[index]!.exchangeProgramId && choice.side === b[index]!.side);
}
