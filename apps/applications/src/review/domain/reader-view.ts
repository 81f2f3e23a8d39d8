import type { ReaderApplicantView } from '@scn/contracts';

/** Who the applicant is, as far as a reader may be told. */
export interface ApplicantIdentity {
  applicationId: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
}

/** Whether a reading of `round` is blind under the program's rubric (the first round, when the rubric says so). */
export function isBlind(round: number, blindFirstRound: boolean): boolean {
  return round === 1 && blindFirstRound;
}

/**
 * An anonymous label for the application: the reader sees the application's id in the
 * route anyway, so the label is derived from it (stable across readings, naming nobody).
 */
export function anonymousLabel(applicationId: string): string {
  return `Applicant ${applicationId.replace(/-/g, '').slice(-6).toUpperCase()}`;
}

/** The applicant as the reader of `round` sees them: in a blind round neither name nor birth date. */
export function readerApplicant(identity: ApplicantIdentity, round: number, blindFirstRound: boolean): ReaderApplicantView {
  const label = anonymousLabel(identity.applicationId);
  if (isBlind(round, blindFirstRound)) return { blind: true, label, givenName: null, familyName: null, birthDate: null };
  return {
    blind: false,
    label: `${identity.givenName} ${identity.familyName}`,
    givenName: identity.givenName,
    familyName: identity.familyName,
    birthDate: identity.birthDate,
  };
}
