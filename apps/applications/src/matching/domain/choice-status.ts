import type { ApplicantSide } from './matching.types';

/** What a choice can be, decided once while compiling; only an admissible one is proposed to. */
export const CHOICE_ADMISSIBLE = 0;
export const CHOICE_INELIGIBLE = 1;
/** The choice names a program that is not in the instance: treated as ineligible. */
export const CHOICE_UNKNOWN_PROGRAM = 2;
/** The program has no places on the applicant's side. */
export const CHOICE_NO_PLACES = 3;
/** Eligible, with places, but the program's ranking leaves the applicant out. */
export const CHOICE_NOT_RANKED = 4;

export const UNKNOWN_PROGRAM_RULE = 'program-unknown';

export const sideIndex = (side: ApplicantSide): number => (side === 'member' ? 0 : 1);
export const sideName = (index: number): ApplicantSide => (index === 0 ? 'member' : 'partner');
