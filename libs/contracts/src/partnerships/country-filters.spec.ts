import { z } from 'zod';
import { searchExchangeProgramsQuerySchema } from '../exchanges/exchange-programs.rpc';
import { searchCitiesRequestSchema } from './cities.rpc';
import { directorySearchRequestSchema } from './directory.rpc';
import { memberProgramListFilterShape } from './member-programs.rpc';
import { listPartnershipsQuerySchema } from './partnerships.rpc';

// One rule for a country filter everywhere: an ISO 3166-1 alpha-2 code in either case,
// read upper-cased; anything else refused.

const FILTERS: Array<[string, z.ZodType]> = [
  ['cities', searchCitiesRequestSchema],
  ['directory', directorySearchRequestSchema],
  ['member programs', z.object(memberProgramListFilterShape)],
  ['partnerships', listPartnershipsQuerySchema],
  ['exchange programs', searchExchangeProgramsQuerySchema],
];

describe('country filters', () => {
  it.each(FILTERS)('%s read us and US alike', (_name, schema) => {
    expect((schema.parse({ country: 'us' }) as { country: string }).country).toBe('US');
    expect((schema.parse({ country: 'US' }) as { country: string }).country).toBe('US');
  });

  it.each(FILTERS)('%s refuse what is not a two-letter code', (_name, schema) => {
    for (const country of ['USA', 'u', '12', 'U S']) expect(schema.safeParse({ country }).success).toBe(false);
  });
});
