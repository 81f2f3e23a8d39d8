import { ExchangeProgram } from './exchange-program.entity';
import { PARTNERSHIP, validFields } from './exchange-program.fixtures';
import { windowStep } from './window-step';

const ID = '01900000-0000-7000-8000-0000000000bb';
const BEFORE = new Date('2026-12-01T00:00:00Z');
const OPEN = new Date('2027-02-01T00:00:00Z');
const AFTER = new Date('2027-03-02T00:00:00Z');

const published = () => {
  const program = ExchangeProgram.draft(ID, PARTNERSHIP, validFields());
  program.publish(BEFORE);
  program.pullChanges();
  program.pullEvents();
  return program;
};
const types = (events: Array<{ type: string }>) => events.map((event) => event.type);

describe(windowStep.name, () => {
  /** The step, returning the events the program recorded. */
  const sut = (program: ExchangeProgram, now: Date) => {
    windowStep(program, now);
    return program.pullEvents();
  };

  it('does nothing before the window opens', () => {
    expect(sut(published(), BEFORE)).toEqual([]);
  });

  it('opens the window once its time has come, and only once', () => {
    const program = published();
    expect(types(sut(program, OPEN))).toEqual(['exchange-program.window-opened.v1']);
    expect(sut(program, OPEN)).toEqual([]);
    expect(program.state.status).toBe('published');
  });

  it('closes the window on its closing time', () => {
    const program = published();
    sut(program, OPEN);
    expect(types(sut(program, AFTER))).toEqual(['exchange-program.window-closed.v1']);
    expect(program.state.status).toBe('closed');
    expect(sut(program, AFTER)).toEqual([]);
  });

  it('opens then closes a window whose both times passed while nobody looked', () => {
    const program = published();
    expect(types(sut(program, AFTER))).toEqual(['exchange-program.window-opened.v1', 'exchange-program.window-closed.v1']);
  });

  it('does not open a paused program, but closes it on time', () => {
    const program = published();
    program.pause({ code: 'partnership-suspended', by: null, note: 'elections' });
    program.pullEvents();
    expect(sut(program, OPEN)).toEqual([]);
    expect(types(sut(program, AFTER))).toEqual(['exchange-program.window-closed.v1']);
  });

  it('leaves drafts alone', () => {
    expect(sut(ExchangeProgram.draft(ID, PARTNERSHIP, validFields()), AFTER)).toEqual([]);
  });
});
