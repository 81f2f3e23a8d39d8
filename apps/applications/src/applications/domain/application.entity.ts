import { AggregateRoot } from '@scn/platform/domain';
import { ApplicationErrors } from './application.errors';
import type { ApplicationEvent } from './application.events';
import {
  sameChoices,
  type AgreementSide,
  type ApplicationState,
  type ChoiceState,
  type DecisionOutcome,
  type OfferState,
  type PlacementState,
} from './application.state';
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
      placement: null,
      decision: null,
      offer: null,
      nomination: null,
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
   * Staff or the program's admins marked the submitted application complete for a chosen
   * program: it is now in review (once in review, marking another program changes nothing).
   */
  startReview(exchangeProgramId: string): void {
    if (this.current.status === 'in_review') return;
    if (this.current.status !== 'submitted') throw ApplicationErrors.illegalTransition(this.current.status, 'in_review');
    this.current = { ...this.current, status: 'in_review' };
    this.recordChange('review-started', { exchangeProgramId });
  }

  /**
   * A chosen program was cancelled: its choice leaves the application (the ranks below
   * move up); with no choice left, the application is withdrawn with the program's reason.
   */
  dropCancelledProgram(exchangeProgramId: string, reason: string, now: Date): void {
    if (this.current.status === 'withdrawn') return;
    const remaining = this.current.choices.filter((choice) => choice.exchangeProgramId !== exchangeProgramId);
    if (remaining.length === this.current.choices.length) return;
    const placedThere = this.current.placement?.exchangeProgramId === exchangeProgramId;
    this.current = { ...this.current, choices: remaining, ...(placedThere && { placement: null, offer: null, nomination: null }) };
    this.recordEvent({
      type: 'application.choice-withdrawn.v1',
      data: { ...this.ref(), exchangeProgramId, reason, remainingChoices: remaining.length },
    });
    this.recordChange('choice-withdrawn', { exchangeProgramId, reason });
    if (remaining.length === 0) this.leave(reason, 'program-cancelled', exchangeProgramId, now);
  }

  /**
   * The decision's date came: the applicant learns their outcome — a place (with an offer to
   * answer before `offerDeadline`, and a nomination to the host city), the waitlists they are
   * on, or neither — and why not each choice above.
   */
  releaseDecision(now: Date, offerDeadline: Date, waitlists: ReadonlyArray<{ exchangeProgramId: string; position: number }>, host: HostOf): void {
    const decision = this.current.decision;
    if (!decision || decision.releasedAt || this.current.status === 'withdrawn') return;
    const placement = this.current.placement;
    const outcome: DecisionOutcome = placement ? 'accepted' : waitlists.length ? 'waitlisted' : 'not_accepted';
    this.current = { ...this.current, status: outcome, decision: { ...decision, releasedAt: now, outcome } };
    this.recordEvent({
      type: 'application.decision-released.v1',
      data: {
        ...this.ref(),
        outcome,
        placement: placement && { exchangeProgramId: placement.exchangeProgramId, side: placement.side },
        waitlists: waitlists.map(({ exchangeProgramId, position }) => ({ exchangeProgramId, position })),
        explanations: decision.explanations,
      },
    });
    this.recordChange('decision-released', { outcome });
    if (placement) this.offer(placement, offerDeadline, false, host);
  }

  /** The applicant accepts the offered place (before its deadline): with the host's acceptance too, it is confirmed. */
  acceptOffer(now: Date): void {
    const { placement, offer } = this.openOffer(now);
    this.current = { ...this.current, status: 'offer_accepted', offer: { ...offer, state: 'accepted', answeredAt: now } };
    this.recordEvent({ type: 'application.offer-accepted.v1', data: { ...this.ref(), placement: placeRef(placement) } });
    this.recordChange('offer-accepted', { exchangeProgramId: placement.exchangeProgramId });
    this.confirmWhenBothAgreed();
  }

  /** The applicant declines the offered place: it goes to the next on its waitlist; they keep waiting where they wait. */
  declineOffer(reason: string | null, now: Date): PlacementState {
    const { placement, offer } = this.openOffer(now);
    this.current = { ...this.current, status: 'offer_declined', placement: null, offer: { ...offer, state: 'declined', answeredAt: now }, nomination: null };
    this.recordEvent({ type: 'application.offer-declined.v1', data: { ...this.ref(), placement: placeRef(placement), reason } });
    this.recordChange('offer-declined', { exchangeProgramId: placement.exchangeProgramId, reason });
    return placement;
  }

  /** The offer's deadline passed unanswered: the place goes to the next on its waitlist. Null when there was no open offer. */
  lapseOffer(now: Date): PlacementState | null {
    const { placement, offer } = this.current;
    if (!placement || offer?.state !== 'open' || offer.deadline.getTime() > now.getTime()) return null;
    this.current = { ...this.current, status: 'offer_lapsed', placement: null, offer: { ...offer, state: 'lapsed', answeredAt: now }, nomination: null };
    this.recordEvent({ type: 'application.offer-lapsed.v1', data: { ...this.ref(), placement: placeRef(placement) } });
    this.recordChange('offer-lapsed', { exchangeProgramId: placement.exchangeProgramId });
    return placement;
  }

  /** The host city accepts the nominee: with the applicant's acceptance too, the place is confirmed. */
  acceptNomination(by: string, now: Date): void {
    const { placement, nomination } = this.current;
    if (!placement || !nomination) throw ApplicationErrors.illegalTransition(this.current.status, 'nominated');
    if (nomination.state === 'accepted') return;
    if (nomination.state === 'refused') throw ApplicationErrors.illegalTransition(this.current.status, 'accepted by its host after a refusal');
    this.current = { ...this.current, nomination: { ...nomination, state: 'accepted', decidedAt: now, decidedBy: by, reason: null } };
    this.recordEvent({ type: 'nomination.accepted.v1', data: { ...this.ref(), placement: placeRef(placement) } });
    this.recordChange('nomination-accepted', { exchangeProgramId: placement.exchangeProgramId });
    this.confirmWhenBothAgreed();
  }

  /** The host city refuses the nominee, with its reason: the place goes to the next on its waitlist. */
  refuseNomination(by: string, reason: string, now: Date, stillWaiting: boolean): PlacementState {
    const { placement, nomination } = this.current;
    if (!placement || nomination?.state !== 'pending') throw ApplicationErrors.illegalTransition(this.current.status, 'refused by its host');
    this.current = {
      ...this.current,
      status: stillWaiting ? 'waitlisted' : 'not_accepted',
      placement: null,
      offer: null,
      nomination: { ...nomination, state: 'refused', decidedAt: now, decidedBy: by, reason },
    };
    this.recordEvent({ type: 'nomination.refused.v1', data: { ...this.ref(), placement: placeRef(placement), reason } });
    this.recordChange('nomination-refused', { exchangeProgramId: placement.exchangeProgramId, reason });
    return placement;
  }

  /**
   * A place freed on a waitlist the application is first on: the applicant moves up to it
   * (from a lower placement, or none). Once their decision is out, it is an offer with its
   * own deadline and a nomination; before, the decision to come simply says so. Returns the
   * place it leaves, for the next on that one's waitlist.
   */
  promote(to: PlacementState, offerDeadline: Date, host: HostOf): PlacementState | null {
    const left = this.current.placement;
    this.current = { ...this.current, placement: to, offer: null, nomination: null };
    this.recordChange('promoted', { exchangeProgramId: to.exchangeProgramId, from: left?.exchangeProgramId ?? null });
    if (this.current.decision?.releasedAt) {
      this.current = { ...this.current, status: 'accepted' };
      this.offer(to, offerDeadline, true, host);
    }
    return left;
  }

  /** The place withdrawing leaves free (null when none is held). */
  get heldPlace(): PlacementState | null {
    return this.current.status === 'withdrawn' ? null : this.current.placement;
  }

  private offer(placement: PlacementState, deadline: Date, promoted: boolean, host: HostOf): void {
    this.current = {
      ...this.current,
      offer: { deadline, state: 'open', answeredAt: null },
      nomination: { ...placeRef(placement), state: 'pending', decidedAt: null, decidedBy: null, reason: null },
    };
    this.recordEvent({ type: 'application.offer-made.v1', data: { ...this.ref(), placement: placeRef(placement), deadline: deadline.toISOString(), promoted } });
    const hostSide = placement.side === 'member' ? 'partner' : 'member';
    this.recordEvent({
      type: 'nomination.requested.v1',
      data: { ...this.ref(), placement: placeRef(placement), hostSide, hostCityId: host(placement.exchangeProgramId, hostSide) },
    });
    this.recordChange('offer-made', { exchangeProgramId: placement.exchangeProgramId, deadline: deadline.toISOString(), promoted });
  }

  private openOffer(now: Date): { placement: PlacementState; offer: OfferState } {
    const { placement, offer } = this.current;
    if (!placement || offer?.state !== 'open' || offer.deadline.getTime() <= now.getTime()) throw ApplicationErrors.noOffer();
    return { placement, offer };
  }

  private confirmWhenBothAgreed(): void {
    const { placement, offer, nomination } = this.current;
    if (!placement || offer?.state !== 'accepted' || nomination?.state !== 'accepted') return;
    this.current = { ...this.current, status: 'confirmed' };
    this.recordEvent({ type: 'application.confirmed.v1', data: { ...this.ref(), placement: placeRef(placement) } });
    this.recordChange('confirmed', { exchangeProgramId: placement.exchangeProgramId });
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


/** The city hosting a program's participants from one side: the other side's city (null when not known). */
export type HostOf = (exchangeProgramId: string, hostSide: AgreementSide) => string | null;

function placeRef(placement: PlacementState) {
  return { exchangeProgramId: placement.exchangeProgramId, side: placement.side };
}
