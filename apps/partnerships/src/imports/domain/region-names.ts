import { normalizeName } from '../../gazetteer/domain/normalize-name';

// The gazetteer keeps a city's first-level division as GeoNames' admin1 code ("IL" for
// Illinois, "08" for Ontario), not its name. Lists write the name or the postal
// abbreviation: these are the names of the countries where lists most often give a state
// or province (a code the file gives as written, e.g. "IL", is compared directly).

const US: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia|Washington DC|Washington D.C.', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska',
  NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York|New York State', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
  SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington|Washington State',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const CA: Record<string, string> = {
  '01': 'Alberta|AB', '02': 'British Columbia|BC', '03': 'Manitoba|MB', '04': 'New Brunswick|NB',
  '05': 'Newfoundland and Labrador|Newfoundland|NL', '07': 'Nova Scotia|NS', '08': 'Ontario|ON',
  '09': 'Prince Edward Island|PE|PEI', '10': 'Quebec|Québec|QC', '11': 'Saskatchewan|SK', '12': 'Yukon|YT',
  '13': 'Northwest Territories|NT', '14': 'Nunavut|NU',
};

const AU: Record<string, string> = {
  '01': 'Australian Capital Territory|ACT', '02': 'New South Wales|NSW', '03': 'Northern Territory|NT', '04': 'Queensland|QLD',
  '05': 'South Australia|SA', '06': 'Tasmania|TAS', '07': 'Victoria|VIC', '08': 'Western Australia|WA',
};

const GB: Record<string, string> = { ENG: 'England', SCT: 'Scotland', WLS: 'Wales|Cymru', NIR: 'Northern Ireland' };

function indexOf(table: Record<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, names] of Object.entries(table)) {
    for (const name of names.split('|')) index.set(normalizeName(name), code);
  }
  return index;
}

const REGIONS: ReadonlyMap<string, Map<string, string>> = new Map([
  ['US', indexOf(US)],
  ['CA', indexOf(CA)],
  ['AU', indexOf(AU)],
  ['GB', indexOf(GB)],
]);

/** The admin1 code of a region a file names in a country, where the name is known ("Illinois" → "IL"). */
export function regionCodeOf(countryCode: string, region: string): string | undefined {
  return REGIONS.get(countryCode)?.get(normalizeName(region));
}
