import type { FieldViolation, LanguageLevel } from '@scn/contracts';

/** A language the applicant speaks, and how well. */
export interface SpokenLanguage {
  language: string;
  level: LanguageLevel;
}

/** Everything the service keeps of an applicant (dates: days at UTC midnight). */
export interface ApplicantProfile {
  accountId: string;
  email: string;
  givenName: string;
  familyName: string;
  birthDate: Date;
  homeCityId: string;
  homeCountryCode: string;
  memberProgramId: string | null;
  languages: SpokenLanguage[];
  phone: string | null;
  preferredLanguage: string;
  emergencyContact: { name: string; relationship: string; phone: string; email?: string };
  guardian: { name: string; email: string } | null;
  guardianConsentRequestedAt: Date | null;
  guardianConsentGivenAt: Date | null;
  guardianConsentGivenFrom: string | null;
}

/** Age of majority: younger on a program's travel date, a guardian must be named (and consent). */
export const AGE_OF_MAJORITY = 18;
/** Oldest birth date a profile accepts, in years before today. */
const MAX_AGE_YEARS = 120;

/** Whole years between `birthDate` and `day` (both calendar days at UTC midnight). */
export function ageOn(birthDate: Date, day: Date): number {
  let years = day.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    day.getUTCMonth() < birthDate.getUTCMonth() || (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

/** What is wrong with a birth date given `today`: a field problem, or null. */
export function birthDateProblem(birthDate: Date, today: Date): FieldViolation | null {
  if (birthDate.getTime() > today.getTime()) return { field: 'birthDate', rule: 'past', message: 'must not be in the future' };
  if (ageOn(birthDate, today) > MAX_AGE_YEARS) return { field: 'birthDate', rule: 'max_age', message: `must be within the last ${MAX_AGE_YEARS} years`, params: { maximum: MAX_AGE_YEARS } };
  return null;
}

/** Whether the applicant speaks `required` (a tag such as `pt` is met by `pt-BR`, and the other way round). */
export function speaks(languages: readonly SpokenLanguage[], required: string): boolean {
  const base = required.split('-')[0];
  return languages.some((spoken) => spoken.language === required || spoken.language.split('-')[0] === base);
}
