import type { GazetteerCity } from './city-matcher';
import { placePair } from './row-placement';

const city = (id: string, name: string, countryCode: string): GazetteerCity => ({ id, name, countryCode, altNames: [], latitude: 0, longitude: 0 });
const LUND = city('gn:2693678', 'Lund', 'SE');
const LYON = city('gn:2996944', 'Lyon', 'FR');

describe('placing a pair of the file as a partnership (the import and a person settling a row alike)', () => {
  it('keeps the file’s sides when neither city is in the network', () => {
    expect(placePair(LUND, LYON, null, new Map())).toEqual({ member: LUND, partner: LYON, memberProgramId: null });
  });

  it('puts the network’s city on the member side, with its first member program', () => {
    const programs = new Map([[LYON.id, [{ id: 'p-lyon', name: 'Lyon Jumelages' }, { id: 'p-lyon-2', name: 'Other' }]]]);
    expect(placePair(LUND, LYON, null, programs)).toEqual({ member: LYON, partner: LUND, memberProgramId: 'p-lyon' });
  });

  it('takes the member program the row names, accent- and case-insensitive, or notes it is not found', () => {
    const programs = new Map([
      [LUND.id, [{ id: 'p-lund', name: 'Lund Twinning Society' }]],
      [LYON.id, [{ id: 'p-lyon', name: 'Lyon Jumelages' }]],
    ]);
    expect(placePair(LUND, LYON, 'lyon jumelagés', programs)).toMatchObject({ member: LYON, memberProgramId: 'p-lyon' });
    const missing = placePair(LUND, LYON, 'Nobody', programs);
    expect(missing).toMatchObject({ member: LUND, memberProgramId: 'p-lund' });
    expect(missing.programNote).toMatch(/^memberProgram: no member program named "Nobody" of Lund/);
  });
});
