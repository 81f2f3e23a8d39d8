import { normalizeName } from '../../gazetteer/domain/normalize-name';
import type { GazetteerCity } from './city-matcher';
import { describeCity } from './name-evidence';

/** The member programs of the network's cities, first registered first. */
export type ProgramsByCity = ReadonlyMap<string, ReadonlyArray<{ id: string; name: string }>>;

/** A pair of the file placed as a partnership: which city is the member side, and its member program. */
export interface PlacedPair {
  member: GazetteerCity;
  partner: GazetteerCity;
  memberProgramId: string | null;
  /** Why the member program the row names was not used (none of that name). */
  programNote?: string;
}

/**
 * How a row's pair becomes a partnership, whether the import loads it or a person settles
 * it: the network's own city is the member side, whichever column the file lists it in
 * (the city of the member program the row names, when it names one found; else the side
 * whose city has a member program), linked to that program (the first of its city's).
 */
export function placePair(
  fileMember: GazetteerCity,
  filePartner: GazetteerCity,
  programName: string | null,
  programsByCity: ProgramsByCity,
): PlacedPair {
  const hasProgram = (city: GazetteerCity) => (programsByCity.get(city.id)?.length ?? 0) > 0;
  const named = programName ? namedProgram(fileMember, filePartner, programName, programsByCity) : undefined;
  const swap = named?.found ? named.found.cityId === filePartner.id : !hasProgram(fileMember) && hasProgram(filePartner);
  const [member, partner] = swap ? [filePartner, fileMember] : [fileMember, filePartner];
  return {
    member,
    partner,
    memberProgramId: named?.found?.id ?? programsByCity.get(member.id)?.[0]?.id ?? null,
    ...(named?.note && { programNote: named.note }),
  };
}

/** The member program a row names: one of that name of either city of the pair, or a note that none was found. */
function namedProgram(
  a: GazetteerCity,
  b: GazetteerCity,
  programName: string,
  programsByCity: ProgramsByCity,
): { found?: { id: string; cityId: string }; note?: string } {
  const wanted = normalizeName(programName);
  for (const city of [a, b]) {
    const found = programsByCity.get(city.id)?.find((program) => normalizeName(program.name) === wanted);
    if (found) return { found: { id: found.id, cityId: city.id } };
  }
  return {
    note: `memberProgram: no member program named "${programName}" of ${describeCity(a)} or ${describeCity(b)}: imported without it`,
  };
}
