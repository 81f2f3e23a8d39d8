import type { PartnershipStatusChange } from '../../known-partnerships/domain/known-partnership';
import { ExchangeProgram } from './exchange-program.entity';
import { PARTNERSHIP, pausedByManager, validFields } from './exchange-program.fixtures';
import { pausedBySuspension, reactionStep } from './partnership-reaction';

const ID = '01900000-0000-7000-8000-0000000000cc';
const BEFORE = new Date('2026-12-01T00:00:00Z');
const change = (to: PartnershipStatusChange['to'], reason: string | null = null): PartnershipStatusChange => ({
  partnershipId: PARTNERSHIP.id,
  from: 'active',
  to,
  reason,
});
const draft = () => ExchangeProgram.draft(ID, PARTNERSHIP, validFields());
const published = () => {
  const program = draft();
  program.publish(BEFORE);
  program.pullEvents();
  return program;
};
const inStatus = (steps: Array<(p: ExchangeProgram) => unknown>) => {
  const program = published();
  for (const step of steps) step(program);
  program.pullEvents();
  return program;
};
const closed = () => inStatus([(p) => p.closeWindow(BEFORE, true)]);
const inProgress = () => inStatus([(p) => p.closeWindow(BEFORE, true), (p) => p.allocate(), (p) => p.start()]);

describe(reactionStep.name, () => {
  /** The step, returning the events the program recorded. */
  const sut = (change: PartnershipStatusChange, program: ExchangeProgram) => {
    reactionStep(change, program);
    return program.pullEvents();
  };

  it('pauses a published program on suspension, the cause partnership-suspended with the suspension’s reason as its note', () => {
    const program = published();
    const cause = { code: 'partnership-suspended', by: null, note: 'elections' };
    expect(sut(change('suspended', 'elections'), program)).toEqual([
      { type: 'exchange-program.paused.v1', data: expect.objectContaining({ exchangeProgramId: ID, cause, reason: 'elections' }) },
    ]);
    expect(program.state).toMatchObject({ paused: true, pauseCause: cause });
    expect(pausedBySuspension(program.state)).toBe(true);
  });

  it('pauses on a suspension without a reason with no note, the code standing as the reason', () => {
    const program = published();
    expect(sut(change('suspended'), program)).toEqual([
      {
        type: 'exchange-program.paused.v1',
        data: expect.objectContaining({ cause: { code: 'partnership-suspended', by: null, note: null }, reason: 'partnership-suspended' }),
      },
    ]);
  });

  it('leaves drafts, closed and running programs alone on suspension', () => {
    for (const program of [draft(), closed(), inProgress()]) {
      expect(sut(change('suspended', 'elections'), program)).toEqual([]);
      expect(program.state.paused).toBe(false);
    }
  });

  it('resumes a program paused by the suspension on reactivation', () => {
    const program = published();
    sut(change('suspended', 'elections'), program);
    expect(sut(change('active'), program).map((e) => e.type)).toEqual(['exchange-program.resumed.v1']);
    expect(program.state).toMatchObject({ paused: false, pauseCause: null });
  });

  it('keeps a program its managers paused paused on reactivation, whatever their note says', () => {
    for (const note of ['venue unavailable', 'partnership suspended: elections', null]) {
      const program = published();
      program.pause(pausedByManager(note));
      program.pullEvents();
      expect(pausedBySuspension(program.state)).toBe(false);
      expect(sut(change('suspended', 'elections'), program)).toEqual([]);
      expect(sut(change('active'), program)).toEqual([]);
      expect(program.state).toMatchObject({ paused: true, pauseCause: pausedByManager(note) });
    }
  });

  it('cancels programs not yet in progress on termination, with the reason', () => {
    const programs = [draft(), published(), closed(), inStatus([(p) => p.closeWindow(BEFORE, true), (p) => p.allocate()])];
    for (const program of programs) {
      sut(change('terminated', 'dissolved'), program);
      expect(program.state).toMatchObject({ status: 'cancelled', cancelReason: 'partnership terminated: dissolved' });
    }
    const running = inProgress();
    expect(sut(change('terminated', 'dissolved'), running)).toEqual([]);
    expect(running.state.status).toBe('in_progress');
  });

  it('does nothing on other statuses', () => {
    expect(sut(change('proposed'), published())).toEqual([]);
  });
});
