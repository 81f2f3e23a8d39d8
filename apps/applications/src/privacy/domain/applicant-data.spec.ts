import { documentDownloadPath, exportedNomination, exportedReferee, visibleHistory } from './applicant-data';

const at = (day: number) => new Date(Date.UTC(2027, 0, day));

describe('applicant data export', () => {
  const lines = [
    { action: 'drafted', details: { choices: ['p'] }, actorId: 'me', at: at(1) },
    { action: 'submitted', details: {}, actorId: 'me', at: at(2) },
    { action: 'review-started', details: { exchangeProgramId: 'p' }, actorId: 'staff', at: at(3) },
    { action: 'decided', details: { runId: 'r', placedProgramId: 'p' }, actorId: null, at: at(4) },
    { action: 'promoted', details: { exchangeProgramId: 'p', from: null }, actorId: null, at: at(5) },
    { action: 'decision-released', details: { outcome: 'accepted' }, actorId: null, at: at(6) },
  ];

  it('shows the history with the applicant’s own lines marked, and hides the decision until it is released', () => {
    const before = visibleHistory(lines.slice(0, 5), 'me', false);
    expect(before.map((line) => line.action)).toEqual(['drafted', 'submitted', 'review-started']);
    expect(before.map((line) => line.byYou)).toEqual([true, true, false]);
    expect(before[0]).toEqual({ action: 'drafted', details: { choices: ['p'] }, byYou: true, at: at(1).toISOString() });
    expect(visibleHistory(lines, 'me', true).map((line) => line.action)).toEqual(lines.map((line) => line.action));
  });

  it('names referees with whether the letter arrived, never the letter', () => {
    const row = { exchangeProgramId: 'p', refereeName: 'Rae', refereeEmail: 'rae@example.org', requestedAt: at(1), cancelledAt: null, receivedAt: null };
    expect(exportedReferee(row)).toMatchObject({ name: 'Rae', email: 'rae@example.org', status: 'requested', receivedAt: null });
    expect(exportedReferee({ ...row, receivedAt: at(2) })).toMatchObject({ status: 'received', receivedAt: at(2).toISOString() });
    expect(exportedReferee({ ...row, cancelledAt: at(3) })).toMatchObject({ status: 'cancelled', cancelledAt: at(3).toISOString() });
    expect(Object.keys(exportedReferee(row))).not.toContain('letter');
  });

  it('links each document to its download', () => {
    expect(documentDownloadPath('a1', 'passport-copy')).toBe('/v1/me/applications/a1/documents/passport-copy');
  });

  it('shows the nomination only once the decision is out', () => {
    const row = {
      decisionReleasedAt: null as Date | null,
      nominationState: 'refused',
      nominationProgramId: 'p',
      nominationSide: 'member',
      nominationDecidedAt: at(9),
      nominationReason: 'No host family',
    };
    expect(exportedNomination(row)).toBeNull();
    expect(exportedNomination({ ...row, decisionReleasedAt: at(8) })).toEqual({
      exchangeProgramId: 'p',
      side: 'member',
      state: 'refused',
      decidedAt: at(9).toISOString(),
      reason: 'No host family',
    });
    expect(exportedNomination({ ...row, decisionReleasedAt: at(8), nominationState: null })).toBeNull();
  });
});
