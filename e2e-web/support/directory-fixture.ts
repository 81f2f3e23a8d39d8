import type { PrismaClient } from '@scn-prisma/partnerships';

// A small directory: three member cities in the US and their partners abroad, two of
// them under one member program, so that filters have something to narrow. The cities are
// the gazetteer's own (GeoNames ids), which every test database is cloned with, so the
// city filter finds them by name as it would in production.

const CITIES = {
  portland: 'gn:5746545',
  atlanta: 'gn:4180439',
  austin: 'gn:4671654',
  sapporo: 'gn:2128295',
  nagoya: 'gn:1856057',
  lyon: 'gn:2996944',
  zurich: 'gn:2657896',
};

export const FIXTURE_PROGRAM = { id: '00000000-0000-4000-8000-00000000beef', name: 'Portland Sister City Association' };

const PARTNERSHIPS: Array<[keyof typeof CITIES, keyof typeof CITIES, string | null, boolean]> = [
  ['portland', 'sapporo', '1959-11-17', true],
  ['portland', 'zurich', '1990-05-01', true],
  ['atlanta', 'nagoya', '2001-06-15', false],
  ['atlanta', 'lyon', null, false],
  ['austin', 'lyon', '2015-04-04', false],
];

export async function insertDirectoryFixture(db: PrismaClient): Promise<void> {
  await db.memberProgram.create({
    data: { ...FIXTURE_PROGRAM, cityId: CITIES.portland, contacts: [{ name: 'Program contact', email: 'program@example.org' }] },
  });
  await db.partnership.createMany({
    data: PARTNERSHIPS.map(([member, partner, start, inProgram], index) => ({
      id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      memberProgramId: inProgram ? FIXTURE_PROGRAM.id : null,
      memberCityId: CITIES[member],
      partnerCityId: CITIES[partner],
      kind: 'sister_city',
      status: 'active',
      focusAreas: [],
      startDate: start ? new Date(`${start}T00:00:00Z`) : null,
      currentVersion: 1,
      memberContacts: [],
      partnerContacts: [],
    })),
  });
}
