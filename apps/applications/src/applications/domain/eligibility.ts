import type { EligibilityRule, FieldViolation } from '@scn/contracts';
import { AGE_OF_MAJORITY, ageOn, speaks, type ApplicantProfile } from '../../applicants/domain/applicant-profile';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import type { AgreementSide } from './application.state';

/** A broken rule: which choice (or the profile), which rule, and why in words. */
export interface EligibilityViolation extends FieldViolation {
  rule: EligibilityRule;
}

/**
 * The side of a program's partnership an applicant travels from: the partner side when
 * they live in the partner city, the member side otherwise (the member program sends its
 * residents and members; the residence rule decides who among them may go).
 */
export function sideOf(profile: Pick<ApplicantProfile, 'homeCityId'>, program: Pick<KnownProgramState, 'partnerCityId'>): AgreementSide {
  return program.partnerCityId !== null && profile.homeCityId === program.partnerCityId ? 'partner' : 'member';
}

/**
 * Every rule of every chosen program the submission breaks (empty: eligible), in choice
 * order. `programs` holds the known programs by id; the window is what the exchanges
 * service's events last said (open between its window-opened and window-closed events),
 * never the caller's clock. Each names its rule with the params a client words it with
 * (`window`: `reason`; `age`: `minimum`, `maximum`, `age`, `travelStart`; …), besides the
 * English message.
 */
export function checkSubmission(
  profile: ApplicantProfile,
  choices: readonly string[],
  programs: ReadonlyMap<string, KnownProgramState>,
): EligibilityViolation[] {
  const violations: EligibilityViolation[] = [];
  choices.forEach((programId, index) => {
    const field = `choices.${index}.exchangeProgramId`;
    const program = programs.get(programId);
    if (!program) {
      violations.push({ field, rule: 'window', message: 'is not a published program', params: { reason: 'unknown' } });
      return;
    }
    for (const broken of brokenRules(profile, program, choices.length)) violations.push({ field, ...broken });
  });
  return violations;
}

type BrokenRule = Omit<EligibilityViolation, 'field'>;

function brokenRules(profile: ApplicantProfile, program: KnownProgramState, choiceCount: number): BrokenRule[] {
  const broken: BrokenRule[] = [];
  const closed = windowProblem(program);
  if (closed) broken.push({ rule: 'window', message: WINDOW_MESSAGES[closed], params: { reason: closed } });
  const side = sideOf(profile, program);
  if (!travelsFrom(program, side)) broken.push({ rule: 'side', message: `takes no participants from the ${side} city’s side`, params: { side } });
  const age = ageOn(profile.birthDate, program.travelStart);
  const travelStart = day(program.travelStart);
  const rules = program.eligibility;
  if (rules) {
    if (age < rules.minAge || age > rules.maxAge) {
      broken.push({
        rule: 'age',
        message: `is for ages ${rules.minAge}–${rules.maxAge} on ${travelStart}; you will be ${age}`,
        params: { minimum: rules.minAge, maximum: rules.maxAge, age, travelStart },
      });
    }
    if (rules.residence !== 'any' && !resides(profile, program, side, rules.residence)) {
      broken.push({ rule: 'residence', message: residenceMessage(rules.residence), params: { residence: rules.residence } });
    }
    const missing = rules.languages.filter((language) => !speaks(profile.languages, language));
    if (missing.length) broken.push({ rule: 'languages', message: `requires ${missing.join(', ')}, missing from your profile`, params: { languages: missing } });
    if (choiceCount > rules.maxApplicationsPerSeason) {
      broken.push({
        rule: 'applications-per-season',
        message: `allows at most ${rules.maxApplicationsPerSeason} choices per season; you have ${choiceCount}`,
        params: { maximum: rules.maxApplicationsPerSeason, count: choiceCount },
      });
    }
  }
  if (age < AGE_OF_MAJORITY && !profile.guardian) {
    broken.push({ rule: 'guardian', message: `you will be ${age} on ${travelStart}: name a guardian in your profile`, params: { age, travelStart } });
  }
  return broken;
}

/** Why a program's window takes no application (`params.reason` of rule `window`; `unknown`: a program not known as published). */
export type WindowReason = 'cancelled' | 'paused' | 'not_open_yet' | 'closed';

const WINDOW_MESSAGES: Record<WindowReason, string> = {
  cancelled: 'was cancelled',
  paused: 'is paused: no applications are taken',
  not_open_yet: 'is not open for applications yet',
  closed: 'is closed for applications',
};

function windowProblem(program: KnownProgramState): WindowReason | null {
  if (program.status === 'cancelled') return 'cancelled';
  if (program.paused) return 'paused';
  if (program.windowOpen) return null;
  return program.status === 'published' ? 'not_open_yet' : 'closed';
}

/** Whether the program takes participants from `side`: its direction and that side's places. */
function travelsFrom(program: KnownProgramState, side: AgreementSide): boolean {
  if (side === 'member') return program.direction !== 'from_partner' && program.capacityMember > 0;
  return program.direction !== 'to_partner' && program.capacityPartner > 0;
}

function resides(profile: ApplicantProfile, program: KnownProgramState, side: AgreementSide, rule: 'member-city' | 'member-region'): boolean {
  if (side === 'partner') return true; // the partner side is, by definition, the partner city's residents
  if (profile.homeCityId === program.memberCityId) return true;
  return rule === 'member-region' && program.memberProgramId !== null && profile.memberProgramId === program.memberProgramId;
}

function residenceMessage(rule: 'member-city' | 'member-region'): string {
  return rule === 'member-city' ? 'is for residents of the sending city' : 'is for residents of the sending city and members of its member program';
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
