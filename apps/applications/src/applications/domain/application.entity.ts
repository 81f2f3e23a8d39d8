import { AggregateRoot } from '@scn/platform/domain';
import { ApplicationErrors } from './application.errors';
import type { ApplicationEvent } from './application.events';
import type { ApplicationState, ChoiceState } from './application.state';
import type { EligibilityViolation } from './eligibility';

/**
 * One applicant's application for one season. A draft's choices change freely; a
 * submission (checked against every chosen program's rules first) locks them; the
 * applicant may withdraw at any time before it is over, and a cancelled program leaves
 * every application that chose it.
 */
export class Application extends AggregateRoot<ApplicationEvent> {
  private constructor(private current: ApplicationState) {
    super();
  }

  static draft(fields: { id: string; applicantId: string; season: number; choices: ChoiceState[] }): Application {
    const application = new Application({
      ...fields,
      choices: fields.choices.map((choice) => ({ ...choice })),
      status: 'draft',
      submittedAt: null,
      withdrawnAt: null,
      withdrawReason: null,
      withdrawCause: null,
      placedProgramId: null,
    });
    application.recordChange('drafted', { choices: fields.choices.map((choice) => choice.exchangeProgramId) });
    return application;
  }

  static restore(state: ApplicationState): Application {
    return new Application({ ...state, choices: state.choices.map((choice) => ({ ...choice })) });
  }

  get state(): Readonly<ApplicationState> {
    return this.current;
  }

  /** A draft's new ranked choices (the same list again changes nothing). */
  changeChoices(choices: ChoiceState[]): void {
    if (this.current.status !== 'draft') throw ApplicationErrors.locked(this.current.status);
    if (sameChoices(this.current.choices, choices)) return;
    this.current = { ...this.current, choices: choices.map((choice) => ({ ...choice })) };
    this.recordChange('choices-changed', { choices: choices.map((choice) => choice.exchangeProgramId) });
  }

  /**
   * Submits the draft, with the sides as the profile says now and the violations the
   * rules found (any refuses the whole submission, naming each).
   */
  submit(choices: ChoiceState[], violations: readonly EligibilityViolation[], now: Date): void {
    if (this.current.status !== 'draft') throw ApplicationErrors.illegalTransition(this.current.status, 'submitted');
    if (violations.length) throw ApplicationErrors.notEligible([...violations]);
    this.current = { ...this.current, choices: choices.map((choice) => ({ ...choice })), status: 'submitted', submittedAt: now };
    this.recordEvent({
      type: 'application.submitted.v1',
      data: { ...this.ref(), choices: choices.map(({ exchangeProgramId, side }) => ({ exchangeProgramId, side })) },
    });
    this.recordChange('submitted', {});
  }

  /** The applicant leaves the season (refused once withdrawn, or once the travel of their placement began: `travelBegan`). */
  withdraw(reason: string, now: Date, travelBegan: boolean): void {
    if (this.current.status === 'withdrawn') throw ApplicationErrors.illegalTransition('withdrawn', 'withdrawn');
    if (travelBegan) throw ApplicationErrors.illegalTransition(this.current.status, 'withdrawn after travel began');
    this.leave(reason, 'applicant', null, now);
  }

  /**
   * A chosen program was cancelled: its choice leaves the application (the ranks below
   * move up); with no choice left, the application is withdrawn with the program's reason.
   */
  dropCancelledProgram(exchangeProgramId: string, reason: string, now: Date): void {
    if (this.current.status === 'withdrawn') return;
    const remaining = this.current.choices.filter((choice) => choice.exchangeProgramId !== exchangeProgramId);
    if (remaining.length === this.current.choices.length) return;
    this.current = { ...this.current, choices: remaining };
    this.recordEvent({
      type: 'application.choice-withdrawn.v1',
      data: { ...this.ref(), exchangeProgramId, reason, remainingChoices: remaining.length },
    });
    this.recordChange('choice-withdrawn', { exchangeProgramId, reason });
    if (remaining.length === 0) this.leave(reason, 'program-cancelled', exchangeProgramId, now);
  }

  private leave(reason: string, cause: 'applicant' | 'program-cancelled', exchangeProgramId: string | null, now: Date): void {
    this.current = { ...this.current, status: 'withdrawn', withdrawnAt: now, withdrawReason: reason, withdrawCause: cause };
    this.recordEvent({ type: 'application.withdrawn.v1', data: { ...this.ref(), reason, cause, exchangeProgramId } });
    this.recordChange('withdrawn', { reason, cause });
  }

  private ref() {
    return { applicationId: this.current.id, applicantId: this.current.applicantId, season: this.current.season };
  }
}

function sameChoices(a: readonly ChoiceState[], b: readonly ChoiceState[]): boolean {
  return a.length === b.length && a.every((choice, index) => choice.exchangeProgramId === b[index]!.exchangeProgramId && choice.side === b[index]!.side);
}
