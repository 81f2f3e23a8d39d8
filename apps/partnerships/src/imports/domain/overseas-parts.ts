/**
 * Parts of a state that GeoNames files under a country code of their own, while lists of
 * twin towns name the state ("Saint-Denis, France" is in Réunion, RE; "Mariehamn, Finland"
 * in Åland, AX). A city of the state is also looked for in these parts: the distance to
 * the file's coordinates still decides, so a part far from the point never matches.
 * Keys and values are ISO 3166-1 alpha-2 codes.
 */
export const OVERSEAS_PARTS: Readonly<Record<string, readonly string[]>> = {
  FR: ['RE', 'GF', 'GP', 'MQ', 'YT', 'NC', 'PF', 'PM', 'BL', 'MF', 'WF'],
  FI: ['AX'],
  NL: ['AW', 'CW', 'SX', 'BQ'],
  DK: ['GL', 'FO'],
  NO: ['SJ'],
  US: ['PR', 'GU', 'VI', 'AS', 'MP'],
  GB: ['GI', 'IM', 'JE', 'GG', 'BM', 'KY', 'VG', 'TC', 'MS', 'AI', 'FK', 'SH'],
  CN: ['HK', 'MO'],
  AU: ['NF', 'CX', 'CC'],
  NZ: ['CK', 'NU', 'TK'],
};

/** The parts filed under codes of their own of the given states, those codes excluded, in order. */
export function overseasPartsOf(codes: readonly string[]): string[] {
  const parts = codes.flatMap((code) => OVERSEAS_PARTS[code] ?? []);
  return [...new Set(parts)].filter((part) => !codes.includes(part));
}
