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
