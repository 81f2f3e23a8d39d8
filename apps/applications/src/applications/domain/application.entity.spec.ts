import { Application } from './application.entity';

const NOW = new Date('2027-02-01T10:00:00Z');
const choices = (...ids: string[]) => ids.map((exchangeProgramId) => ({ exchangeProgramId, side: 'member' as const }));
const draft = (...ids: string[]) => {
  const application = Application.draft({ id: 'app', applicantId: 'acc', season: 2027, choices: choices(...ids) });
  application.pullChanges();
  return application;
};

describe(Application.name, () => {
  it('changes a draft’s choices, and records nothing when they are the same', () => {
    const application = draft('a', 'b');
    application.changeChoices(choices('a', 'b'));
    expect(application.pullChanges()).toEqual([]);
    application.changeChoices(choices('b', 'a'));
    expect(application.pullChanges()).toEqual([{ action: 'choices-changed', details: { choices: ['b', 'a'] } }]);
    expect(application.pullEvents()).toEqual([]);
  });

  it('submits only an eligible draft, then locks it', () => {
    const application = draft('a');
    expect(() => application.submit(choices('a'), [{ field: 'choices.0.exchangeProgramId', rule: 'age', message: 'x' }], NOW)).toThrow(
      expect.objectContaining({ code: 'APPLICATION.NOT_ELIGIBLE' }),
    );
    expect(application.state.status).toBe('draft');
    application.submit(choices('a'), [], NOW);
    expect(application.state).toMatchObject({ status: 'submitted', submittedAt: NOW });
    expect(application.pullEvents()).toEqual([
      { type: 'application.submitted.v1', data: { applicationId: 'app', applicantId: 'acc', season: 2027, choices: [{ exchangeProgramId: 'a', side: 'member' }] } },
    ]);
    expect(() => application.changeChoices(choices('b'))).toThrow(expect.objectContaining({ code: 'APPLICATION.LOCKED' }));
    expect(() => application.submit(choices('a'), [], NOW)).toThrow(expect.objectContaining({ code: 'APPLICATION.ILLEGAL_TRANSITION' }));
  });

  it('withdraws once, and not after the travel of its placement began', () => {
    const application = draft('a');
    expect(() => application.withdraw('late', NOW, true)).toThrow(expect.objectContaining({ code: 'APPLICATION.ILLEGAL_TRANSITION' }));
    application.withdraw('Other plans', NOW, false);
    expect(application.state).toMatchObject({ status: 'withdrawn', withdrawReason: 'Other plans', withdrawCause: 'applicant' });
    expect(application.pullEvents().map((event) => event.type)).toEqual(['application.withdrawn.v1']);
    expect(() => application.withdraw('again', NOW, false)).toThrow(expect.objectContaining({ code: 'APPLICATION.ILLEGAL_TRANSITION' }));
  });

  it('drops a cancelled program’s choice (ranks move up) and withdraws the application it leaves empty', () => {
    const application = draft('a', 'b');
    application.dropCancelledProgram('a', 'No hosts', NOW);
    expect(application.state.choices).toEqual(choices('b'));
    expect(application.state.status).toBe('draft');
    application.dropCancelledProgram('a', 'No hosts', NOW); // twice: nothing more
    application.dropCancelledProgram('b', 'Flood', NOW);
    expect(application.state).toMatchObject({ status: 'withdrawn', withdrawReason: 'Flood', withdrawCause: 'program-cancelled' });
    expect(application.pullEvents().map((event) => [event.type, (event.data as { remainingChoices?: number }).remainingChoices])).toEqual([
      ['application.choice-withdrawn.v1', 1],
      ['application.choice-withdrawn.v1', 0],
      ['application.withdrawn.v1', undefined],
    ]);
  });
});

describe('Application.startReview', () => {
  it('moves a submitted application in review once, with a history line and no event; a draft is refused', () => {
    const application = draft('a');
    expect(() => application.startReview('a')).toThrow(expect.objectContaining({ code: 'APPLICATION.ILLEGAL_TRANSITION' }));
    application.submit(choices('a'), [], NOW);
    application.pullChanges();
    application.pullEvents();
    application.startReview('a');
    expect(application.state.status).toBe('in_review');
    expect(application.pullChanges()).toEqual([{ action: 'review-started', details: { exchangeProgramId: 'a' } }]);
    expect(application.pullEvents()).toEqual([]);
    application.startReview('b');
    expect(application.pullChanges()).toEqual([]);
  });
});

describe('Application decisions, offers and nominations', () => {
  const PLACE = { exchangeProgramId: 'a', side: 'member' as const, choiceRank: 1 };
  const DEADLINE = new Date('2027-04-15T00:00:00Z');
  const host = () => 'gn:2';
  /** A submitted application the committed run placed (or not), its decision due. */
  const decided = (placement: typeof PLACE | null) => {
    const submitted = draft('a', 'b');
    submitted.submit(choices('a', 'b'), [], NOW);
    const application = Application.restore({
      ...submitted.state,
      placement,
      decision: { runId: 'run', releaseDueAt: NOW, releasedAt: null, outcome: null, explanations: [] },
    });
    return application;
  };
  const types = (application: Application) => application.pullEvents().map((event) => event.type);

  it('releases a placement as an accepted offer with a nomination to the host, once', () => {
    const application = decided(PLACE);
    application.releaseDecision(NOW, DEADLINE, [], host);
    expect(application.state).toMatchObject({ status: 'accepted', offer: { state: 'open', deadline: DEADLINE }, nomination: { state: 'pending', exchangeProgramId: 'a' } });
    expect(types(application)).toEqual(['application.decision-released.v1', 'application.offer-made.v1', 'nomination.requested.v1']);
    application.releaseDecision(NOW, DEADLINE, [], host);
    expect(types(application)).toEqual([]);
  });

  it('releases no placement as waitlisted when the applicant waits somewhere, else not accepted', () => {
    const waiting = decided(null);
    waiting.releaseDecision(NOW, DEADLINE, [{ exchangeProgramId: 'a', position: 2 }], host);
    expect(waiting.state.status).toBe('waitlisted');
    const refused = decided(null);
    refused.releaseDecision(NOW, DEADLINE, [], host);
    expect(refused.state.status).toBe('not_accepted');
  });

  it('confirms once both the applicant and the host agreed, in either order', () => {
    for (const order of [['offer', 'host'], ['host', 'offer']] as const) {
      const application = decided(PLACE);
      application.releaseDecision(NOW, DEADLINE, [], host);
      for (const step of order) {
        if (step === 'offer') application.acceptOffer(NOW);
        else application.acceptNomination('host-account', NOW);
      }
      expect(application.state.status).toBe('confirmed');
      expect(types(application).filter((type) => type === 'application.confirmed.v1')).toHaveLength(1);
    }
  });

  it('takes no answer after the deadline, and lapses the offer then (once)', () => {
    const application = decided(PLACE);
    application.releaseDecision(NOW, DEADLINE, [], host);
    const late = new Date(DEADLINE.getTime() + 1);
    expect(() => application.acceptOffer(late)).toThrow(expect.objectContaining({ code: 'APPLICATION.NO_OFFER' }));
    expect(application.lapseOffer(NOW)).toBeNull();
    expect(application.lapseOffer(late)).toEqual(PLACE);
    expect(application.state).toMatchObject({ status: 'offer_lapsed', placement: null, offer: { state: 'lapsed' } });
    expect(application.lapseOffer(late)).toBeNull();
  });

  it('gives the place back on a decline or a host’s refusal, keeping the nomination’s record', () => {
    const declined = decided(PLACE);
    declined.releaseDecision(NOW, DEADLINE, [], host);
    expect(declined.declineOffer('Other plans', NOW)).toEqual(PLACE);
    expect(declined.state).toMatchObject({ status: 'offer_declined', placement: null });
    const refused = decided(PLACE);
    refused.releaseDecision(NOW, DEADLINE, [], host);
    expect(refused.refuseNomination('host-account', 'No host family', NOW, true)).toEqual(PLACE);
    expect(refused.state).toMatchObject({ status: 'waitlisted', placement: null, nomination: { state: 'refused', exchangeProgramId: 'a', reason: 'No host family' } });
    expect(() => refused.acceptNomination('host-account', NOW)).toThrow(expect.objectContaining({ code: 'APPLICATION.ILLEGAL_TRANSITION' }));
  });

  it('promotes silently before the release, with an offer of its own after it', () => {
    const before = decided(null);
    expect(before.promote(PLACE, DEADLINE, host)).toBeNull();
    expect(before.state).toMatchObject({ status: 'submitted', placement: PLACE, offer: null });
    expect(types(before)).toEqual([]);
    const after = decided({ ...PLACE, exchangeProgramId: 'b', choiceRank: 2 });
    after.releaseDecision(NOW, DEADLINE, [{ exchangeProgramId: 'a', position: 1 }], host);
    after.pullEvents();
    expect(after.promote(PLACE, DEADLINE, host)).toEqual({ exchangeProgramId: 'b', side: 'member', choiceRank: 2 });
    expect(after.state).toMatchObject({ status: 'accepted', placement: PLACE, offer: { state: 'open' } });
    expect(after.pullEvents()).toContainEqual(expect.objectContaining({ type: 'application.offer-made.v1', data: expect.objectContaining({ promoted: true }) }));
  });
});
