import { directoryStatisticsRequestSchema } from '@scn/contracts';
import { ValidationError } from '@scn/platform/errors';
import { toCriteria } from './directory-criteria';

const criteria = (raw: Record<string, unknown>, defaults: Array<'active' | 'proposed'> = ['active']) =>
  toCriteria(directoryStatisticsRequestSchema.parse(raw), defaults);

describe(toCriteria.name, () => {
  it('applies the default statuses only when the request names none', () => {
    expect(criteria({}).statuses).toEqual(['active']);
    expect(criteria({ status: ['suspended', 'terminated', 'suspended'] }).statuses).toEqual(['suspended', 'terminated']);
    expect(criteria({ status: 'proposed' }).statuses).toEqual(['proposed']);
  });

  it('normalizes the text as the gazetteer does: case, accents and punctuation', () => {
    expect(criteria({ q: '  MÜNCHEN ' }).cityConditions).toEqual([{ kind: 'text', text: 'munchen', match: 'contains', countries: [] }]);
    expect(criteria({ q: 'Saint-Étienne' }).cityConditions[0]).toMatchObject({ text: 'saint etienne' });
  });

  it('matches one or two letters by the start of the name, and as a country code', () => {
    expect(criteria({ q: 'de' }).cityConditions).toEqual([{ kind: 'text', text: 'de', match: 'prefix', countries: ['DE'] }]);
    expect(criteria({ q: 'x' }).cityConditions).toEqual([{ kind: 'text', text: 'x', match: 'prefix', countries: [] }]);
  });

  it('recognizes country names in the text', () => {
    expect(criteria({ q: 'Deutschland' }).cityConditions[0]).toMatchObject({ countries: ['DE'] });
  });

  it('ignores an empty text and refuses one without a letter or digit', () => {
    expect(criteria({ q: '   ' }).cityConditions).toEqual([]);
    expect(() => criteria({ q: '!?' })).toThrow(ValidationError);
  });

  it('puts the most selective city condition first and looks for a region within the country', () => {
    expect(criteria({ country: 'us', region: 'ca', q: 'san', city: 'gn:5391959' }).cityConditions).toEqual([
      { kind: 'city', cityId: 'gn:5391959' },
      { kind: 'text', text: 'san', match: 'contains', countries: [] },
      { kind: 'region', region: 'CA', country: 'US' },
    ]);
    expect(criteria({ region: 'TX' }).cityConditions).toEqual([{ kind: 'region', region: 'TX', country: null }]);
    expect(criteria({ country: 'fr' }).cityConditions).toEqual([{ kind: 'country', country: 'FR' }]);
  });

  it('keeps the member program filter as given, and none when absent', () => {
    const programId = '0190a5a4-7c1e-7d3a-9a51-3f0e2b6c1d2e';
    expect(criteria({ memberProgram: programId }).memberProgramId).toBe(programId);
    expect(criteria({}).memberProgramId).toBeNull();
  });

  it('combines year, since and until into one range', () => {
    expect(criteria({}).startYears).toBeNull();
    expect(criteria({ year: '1990' }).startYears).toEqual({ from: 1990, to: 1990 });
    expect(criteria({ since: 1980, until: 1999 }).startYears).toEqual({ from: 1980, to: 1999 });
    expect(criteria({ since: 1980 }).startYears).toEqual({ from: 1980, to: null });
    expect(criteria({ year: 1990, since: 1985 })).toMatchObject({ startYears: { from: 1990, to: 1990 }, matchesNothing: false });
    expect(criteria({ year: 1990, since: 2000 }).matchesNothing).toBe(true);
  });

  it('keeps kinds only when asked, without duplicates', () => {
    expect(criteria({}).kinds).toBeNull();
    expect(criteria({ kind: ['sister_city', 'sister_city'] }).kinds).toEqual(['sister_city']);
  });
});
