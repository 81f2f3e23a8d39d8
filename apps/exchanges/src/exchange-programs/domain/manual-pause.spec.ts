import { ExchangeProgram } from './exchange-program.entity';
import { MANAGER_ID, PARTNERSHIP, validFields } from './exchange-program.fixtures';
import { pauseByManager, resumeByManager } from './manual-pause';

const ID = '01900000-0000-7000-8000-0000000000dd';
const published = () => {
  const program = ExchangeProgram.draft(ID, PARTNERSHIP, validFields());
  program.publish(new Date('2026-12-01T00:00:00Z'));
  program.pullEvents();
  return program;
};

describe('a manager’s pause and resume', () => {
  it('pauses with the manager as the cause’s author and their note, then resumes', () => {
    const program = published();
    pauseByManager(program, MANAGER_ID, 'venue flooded');
    const cause = { code: 'paused-by-manager', by: MANAGER_ID, note: 'venue flooded' };
    expect(program.pullEvents()).toEqual([
      { type: 'exchange-program.paused.v1', data: expect.objectContaining({ exchangeProgramId: ID, cause, reason: 'venue flooded' }) },
    ]);
    resumeByManager(program);
    expect(program.pullEvents().map((e) => e.type)).toEqual(['exchange-program.resumed.v1']);
    expect(program.state).toMatchObject({ paused: false, pauseCause: null });
  });

  it('refuses to resume by hand what the partnership’s suspension paused', () => {
    const program = published();
    program.pause({ code: 'partnership-suspended', by: null, note: 'elections' });
    expect(() => resumeByManager(program)).toThrow(expect.objectContaining({ code: 'EXCHANGE_PROGRAM.PAUSED_BY_PARTNERSHIP' }));
    expect(program.state.paused).toBe(true);
  });

  it('refuses both once the program is over', () => {
    const program = published();
    program.cancel('no hosts');
    expect(() => pauseByManager(program, MANAGER_ID, 'late')).toThrow(/cannot be paused/);
    expect(() => resumeByManager(program)).toThrow(/cannot be resumed/);
  });
});
