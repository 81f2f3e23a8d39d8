import { reachableSteps, settleStep } from './apply-steps';

describe('the steps of applying', () => {
  it('opens only the choosing step until a draft with choices is saved', () => {
    expect([...reachableSteps({ draftId: null, savedChoices: 0, rankingChanged: true })]).toEqual(['choices']);
    expect([...reachableSteps({ draftId: 'd', savedChoices: 0, rankingChanged: false })]).toEqual(['choices']);
    expect([...reachableSteps({ draftId: 'd', savedChoices: 2, rankingChanged: false })]).toEqual(['choices', 'requirements', 'submit']);
  });

  it('keeps the applicant on choosing while the ranking on screen is not saved: requirements follow the saved choices', () => {
    const unsaved = { draftId: 'd', savedChoices: 2, rankingChanged: true };
    expect(settleStep('submit', unsaved)).toBe('choices');
    expect(settleStep('requirements', { ...unsaved, rankingChanged: false })).toBe('requirements');
  });
});
