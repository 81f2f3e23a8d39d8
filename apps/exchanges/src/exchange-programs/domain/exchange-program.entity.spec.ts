import { DomainError, ValidationError } from '@scn/platform/errors';
import { ExchangeProgram } from './exchange-program.entity';
import { MANAGER_ID, PARTNERSHIP, pausedByManager, validFields } from './exchange-program.fixtures';

const ID = '01900000-0000-7000-8000-0000000000aa';
const BEFORE_WINDOW = new Date('2026-12-01T00:00:00Z');
const IN_WINDOW = new Date('2027-02-01T00:00:00Z');
const AFTER_WINDOW = new Date('2027-03-02T00:00:00Z');

const draft = () => ExchangeProgram.draft(ID, PARTNERSHIP, validFields());
const published = () => {
  const program = draft();
  program.publish(BEFORE_WINDOW);
  program.pullEvents();
  return program;
};
/** Runs one command and returns the events it recorded. */
const eventsOf = (program: ExchangeProgram, command: (program: ExchangeProgram) => void) => {
  command(program);
  return program.pullEvents();
};
const types = (events: Array<{ type: string }>) => events.map((event) => event.type);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return undefined;
};

describe(ExchangeProgram.name, () => {
  it('starts as a draft of the partnership, recording its creation', () => {
    const program = draft();
    expect(program.state).toMatchObject({ status: 'draft', partnershipId: PARTNERSHIP.id, memberProgramId: PARTNERSHIP.memberProgramId });
    expect(program.pullChanges().map((c) => c.action)).toEqual(['created']);
  });

  it('refuses an invalid draft', () => {
    expect(() => ExchangeProgram.draft(ID, PARTNERSHIP, validFields({ capacity: { member: -1, partner: 1 } }))).toThrow(ValidationError);
  });

  it('runs the whole lifecycle, with its events', () => {
    const program = draft();
    const published = eventsOf(program, (p) => p.publish(BEFORE_WINDOW));
    expect(published).toEqual([
      {
        type: 'exchange-program.published.v1',
        data: expect.objectContaining({ exchangeProgramId: ID, season: 2027, travelStart: '2027-07-01', capacity: { member: 5, partner: 5 } }),
      },
    ]);
    expect(eventsOf(program, (p) => p.openWindow(BEFORE_WINDOW))).toEqual([]); // not yet
    expect(types(eventsOf(program, (p) => p.openWindow(IN_WINDOW)))).toEqual(['exchange-program.window-opened.v1']);
    expect(eventsOf(program, (p) => p.openWindow(IN_WINDOW))).toEqual([]); // once
    expect(types(eventsOf(program, (p) => p.closeWindow(AFTER_WINDOW)))).toEqual(['exchange-program.window-closed.v1']);
    expect(eventsOf(program, (p) => p.allocate())).toEqual([]);
    expect(eventsOf(program, (p) => p.start())).toEqual([]);
    expect(types(eventsOf(program, (p) => p.complete()))).toEqual(['exchange-program.completed.v1']);
    expect(program.state.status).toBe('completed');
    expect(program.pullChanges().map((c) => c.action)).toEqual([
      'created', 'published', 'window-opened', 'window-closed', 'allocated', 'started', 'completed',
    ]);
  });

  it('refuses illegal transitions with a stable code', () => {
    expect(codeOf(() => draft().allocate())).toBe('EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
    expect(codeOf(() => draft().closeWindow(IN_WINDOW))).toBe('EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
    expect(codeOf(() => published().publish(BEFORE_WINDOW))).toBe('EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
    expect(codeOf(() => published().complete())).toBe('EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
    const cancelled = draft();
    cancelled.cancel('no funding');
    expect(codeOf(() => cancelled.cancel('again'))).toBe('EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
    expect(codeOf(() => cancelled.publish(BEFORE_WINDOW))).toBe('EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
  });

  it('refuses to publish a program whose window has already closed', () => {
    expect(() => draft().publish(AFTER_WINDOW)).toThrow(ValidationError);
  });

  it('cancels before completion, announcing it only for programs made public', () => {
    expect(eventsOf(draft(), (p) => p.cancel('no funding'))).toEqual([]);
    const program = published();
    expect(eventsOf(program, (p) => p.cancel('no funding'))).toEqual([
      { type: 'exchange-program.cancelled.v1', data: expect.objectContaining({ exchangeProgramId: ID, reason: 'no funding' }) },
    ]);
    expect(program.state).toMatchObject({ status: 'cancelled', cancelReason: 'no funding' });
  });

  it('pauses and resumes once each, keeping why it was paused as a cause', () => {
    const program = published();
    program.pullChanges();
    const cause = pausedByManager('venue unavailable');
    expect(eventsOf(program, (p) => p.pause(cause))).toEqual([
      { type: 'exchange-program.paused.v1', data: expect.objectContaining({ exchangeProgramId: ID, cause, reason: 'venue unavailable' }) },
    ]);
    // Already paused: nothing happens, and the first cause stays.
    expect(eventsOf(program, (p) => p.pause({ code: 'partnership-suspended', by: null, note: 'elections' }))).toEqual([]);
    expect(program.state).toMatchObject({ paused: true, pauseCause: { code: 'paused-by-manager', by: MANAGER_ID, note: 'venue unavailable' } });
    expect(types(eventsOf(program, (p) => p.resume()))).toEqual(['exchange-program.resumed.v1']);
    expect(eventsOf(program, (p) => p.resume())).toEqual([]);
    expect(program.state).toMatchObject({ paused: false, pauseCause: null });
    expect(program.pullChanges()).toEqual([
      { action: 'paused', details: { cause } },
      { action: 'resumed', details: {} },
    ]);
  });

  it('gives the cause’s code as the pause’s reason when there is no note (for consumers that predate the cause)', () => {
    const cause = { code: 'partnership-suspended', by: null, note: null } as const;
    expect(eventsOf(published(), (p) => p.pause(cause))).toEqual([
      { type: 'exchange-program.paused.v1', data: expect.objectContaining({ cause, reason: 'partnership-suspended' }) },
    ]);
  });

  it('pauses a draft silently (nobody outside its managers knows of it)', () => {
    const program = draft();
    expect(eventsOf(program, (p) => p.pause(pausedByManager()))).toEqual([]);
    expect(program.state.pauseCause).toEqual(pausedByManager());
  });

  it('updates a published program within the rules and announces what changed', () => {
    const program = published();
    const events = eventsOf(program, (p) => p.update({ capacity: { member: 6, partner: 5 }, applicationClosesAt: '2027-03-01T01:00:00+01:00' }));
    expect(events).toEqual([{ type: 'exchange-program.updated.v1', data: expect.objectContaining({ changed: ['capacity'] }) }]);
    expect(eventsOf(program, (p) => p.update({ capacity: { partner: 5, member: 6 } }))).toEqual([]); // same values: no change
    expect(() => program.update({ capacity: { member: -1, partner: 5 } })).toThrow(ValidationError);
    expect(eventsOf(draft(), (p) => p.update({ title: 'New title' }))).toEqual([]); // drafts change silently
  });

  it('only lets the decision and offer dates change once the window has closed', () => {
    const program = published();
    program.closeWindow(AFTER_WINDOW);
    program.pullEvents();
    expect(codeOf(() => program.update({ capacity: { member: 9, partner: 5 } }))).toBe('EXCHANGE_PROGRAM.FIELD_LOCKED');
    expect(types(eventsOf(program, (p) => p.update({ decisionReleaseAt: '2027-04-02T00:00:00Z' })))).toEqual(['exchange-program.updated.v1']);
    program.allocate();
    expect(codeOf(() => program.update({ decisionReleaseAt: '2027-04-03T00:00:00Z' }))).toBe('EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
  });
});
