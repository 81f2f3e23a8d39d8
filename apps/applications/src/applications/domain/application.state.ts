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
  /** The program the applicant holds a place in (set when a matching run is committed), else null. */
  placedProgramId: string | null;
}
