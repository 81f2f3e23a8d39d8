import { ExchangeProgram } from './exchange-program.entity';
import { PARTNERSHIP, pausedByManager, validFields } from './exchange-program.fixtures';
import { matchingAllocationStep, type CommittedMatchingRun } from './matching-allocation';

const ID = '01900000-0000-7000-8000-0000000000dd';
const RUN: CommittedMatchingRun = { runId: '01900000-0000-7000-8000-0000000000ff', season: 2027 };
// The fixture's window: 2027-01-01 to 2027-03-01.
const BEFORE_WINDOW = new Date('2026-12-01T00:00:00Z');
const IN_WINDOW = new Date('2027-02-01T00:00:00Z');
const AFTER_WINDOW = new Date('2027-03-02T00:00:00Z');

/** A program moved through `steps`, with what they recorded forgotten. */
const program = (steps: Array<(p: ExchangeProgram) => unknown> = []) => {
  const result = ExchangeProgram.draft(ID, PARTNERSHIP, validFields());
  for (const step of steps) step(result);
  result.pullEvents();
  result.pullChanges();
  return result;
};
const draft = () => program();
const published = () => program([(p) => p.publish(BEFORE_WINDOW)]);
const open = () => program([(p) => p.publish(BEFORE_WINDOW), (p) => p.openWindow(IN_WINDOW)]);
const closed = () => program([(p) => p.publish(BEFORE_WINDOW), (p) => p.closeWindow(AFTER_WINDOW)]);
const allocated = () => program([(p) => p.publish(BEFORE_WINDOW), (p) => p.closeWindow(AFTER_WINDOW), (p) => p.allocate()]);
const inProgress = () => program([(p) => p.publish(BEFORE_WINDOW), (p) => p.closeWindow(AFTER_WINDOW), (p) => p.allocate(), (p) => p.start()]);
const completed = () =>
  program([(p) => p.publish(BEFORE_WINDOW), (p) => p.closeWindow(AFTER_WINDOW), (p) => p.allocate(), (p) => p.start(), (p) => p.complete()]);
const cancelled = () => program([(p) => p.publish(BEFORE_WINDOW), (p) => p.cancel('venue lost')]);

describe(matchingAllocationStep.name, () => {
  /** The step at `now`, with what the program recorded. */
  const sut = (subject: ExchangeProgram, now: Date, run: CommittedMatchingRun = RUN) => {
    const outcome = matchingAllocationStep(run, subject, now);
    return { outcome, events: subject.pullEvents().map((e) => e.type), changes: subject.pullChanges() };
  };

  it('allocates a closed program, its history line naming the run, announcing nothing (as a manager’s allocation)', () => {
    const subject = closed();
    expect(sut(subject, AFTER_WINDOW)).toEqual({
      outcome: 'allocated',
      events: [],
      changes: [{ action: 'allocated', details: { matchingRunId: RUN.runId } }],
    });
    expect(subject.state.status).toBe('allocated');
  });

  it('closes the window of a program still open (matching committed early), then allocates it: both lines name the run', () => {
    for (const subject of [open(), published()]) {
      expect(sut(subject, IN_WINDOW)).toEqual({
        outcome: 'closed-and-allocated',
        events: ['exchange-program.window-closed.v1'],
        changes: [
          { action: 'window-closed', details: { early: true, matchingRunId: RUN.runId } },
          { action: 'allocated', details: { matchingRunId: RUN.runId } },
        ],
      });
      expect(subject.state).toMatchObject({ status: 'allocated', windowClosedAt: IN_WINDOW.toISOString() });
    }
  });

  it('closes a published program whose closing time passed before the scheduler stepped it, not early', () => {
    const subject = open();
    expect(sut(subject, AFTER_WINDOW).changes).toEqual([
      { action: 'window-closed', details: { matchingRunId: RUN.runId } },
      { action: 'allocated', details: { matchingRunId: RUN.runId } },
    ]);
    expect(subject.state.status).toBe('allocated');
  });

  it('allocates a paused program, which stays paused with its cause', () => {
    const subject = program([(p) => p.publish(BEFORE_WINDOW), (p) => p.pause(pausedByManager())]);
    expect(sut(subject, IN_WINDOW).outcome).toBe('closed-and-allocated');
    expect(subject.state).toMatchObject({ status: 'allocated', paused: true, pauseCause: pausedByManager() });
  });

  it('records nothing for a program already allocated, in progress, completed or cancelled', () => {
    const subjects = { allocated: allocated(), in_progress: inProgress(), completed: completed(), cancelled: cancelled() };
    for (const [status, subject] of Object.entries(subjects)) {
      expect(sut(subject, AFTER_WINDOW)).toEqual({ outcome: 'unchanged', events: [], changes: [] });
      expect(subject.state.status).toBe(status);
    }
  });

  it('is idempotent: the same run applied twice allocates once', () => {
    const subject = open();
    expect(sut(subject, IN_WINDOW).outcome).toBe('closed-and-allocated');
    expect(sut(subject, IN_WINDOW)).toEqual({ outcome: 'unchanged', events: [], changes: [] });
  });

  it('leaves a draft alone: nobody could apply to it', () => {
    const subject = draft();
    expect(sut(subject, IN_WINDOW)).toEqual({ outcome: 'not-announced', events: [], changes: [] });
    expect(subject.state.status).toBe('draft');
  });

  it('leaves a program of another season alone, whatever its status', () => {
    for (const subject of [closed(), open()]) {
      const before = subject.state.status;
      expect(sut(subject, AFTER_WINDOW, { ...RUN, season: 2028 })).toEqual({ outcome: 'other-season', events: [], changes: [] });
      expect(subject.state.status).toBe(before);
    }
  });
});
