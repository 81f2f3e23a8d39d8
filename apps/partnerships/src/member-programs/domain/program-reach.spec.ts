import { programReach, reaches } from './program-reach';

const caller = (
  grants: Array<{
    role: 'network-staff' | 'program-admin' | 'reviewer';
    scopeIds: string[];
  }>,
) => ({
  accountId: 'a',
  email: 'a@example.org',
  grants,
});

describe(programReach.name, () => {
  it('gives staff every program', () => {
    const reach = programReach(
      caller([
        { role: 'program-admin', scopeIds: ['p1'] },
        { role: 'network-staff', scopeIds: [] },
      ]),
    );
    expect(reach).toEqual({ all: true });
    expect(reaches(reach, 'any')).toBe(true);
  });

  it('gives a program admin the programs of their grants, once each', () => {
    const reach = programReach(
      caller([
        { role: 'program-admin', scopeIds: ['p1', 'p2'] },
        { role: 'program-admin', scopeIds: ['p2'] },
        { role: 'reviewer', scopeIds: ['p3'] },
      ]),
    );
    expect(reach).toEqual({ all: false, programIds: ['p1', 'p2'] });
    expect(reaches(reach, 'p2')).toBe(true);
    expect(reaches(reach, 'p3')).toBe(false);
  });

  it('gives anonymous callers and other roles nothing', () => {
    expect(programReach(undefined)).toEqual({ all: false, programIds: [] });
    expect(programReach(caller([{ role: 'reviewer', scopeIds: ['p1'] }]))).toEqual({ all: false, programIds: [] });
  });
});
