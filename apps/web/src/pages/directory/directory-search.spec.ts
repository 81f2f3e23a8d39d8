import { directorySearchSchema, hasFilters, pageCount, toDirectoryQuery, withFilter } from './directory-search';

describe('the directory URL state', () => {
  it('keeps valid parameters and drops the ones a hand-edited URL got wrong', () => {
    expect(directorySearchSchema.parse({ country: 'US', region: 'GA', page: '3', sort: '-startDate' })).toEqual({
      country: 'US',
      region: 'GA',
      page: 3,
      sort: '-startDate',
    });
    expect(directorySearchSchema.parse({ country: 'usa', page: '0', sort: 'size' })).toEqual({
      country: undefined,
      page: undefined,
      sort: undefined,
    });
  });

  it('asks the API for the page with defaults filled in and empty text left out', () => {
    expect(toDirectoryQuery({})).toEqual({ page: 1, pageSize: 25, sort: 'city' });
    expect(toDirectoryQuery({ q: '  ', country: 'DE', page: 2, memberProgram: 'p-1' })).toEqual({
      page: 2,
      pageSize: 25,
      sort: 'city',
      country: 'DE',
      memberProgram: 'p-1',
    });
  });

  it('sends a region only with its country', () => {
    expect(toDirectoryQuery({ region: 'GA' })).not.toHaveProperty('region');
    expect(toDirectoryQuery({ country: 'US', region: 'GA' })).toMatchObject({ country: 'US', region: 'GA' });
  });

  it('goes back to the first page when a filter changes, and drops the region with its country', () => {
    expect(withFilter({ country: 'US', region: 'GA', page: 4 }, 'country', 'FR')).toEqual({ country: 'FR', region: undefined, page: undefined });
    expect(withFilter({ q: 'lyon', page: 2 }, 'q', '')).toEqual({ q: undefined, page: undefined });
  });

  it('tells whether any filter is set and how many pages a total makes', () => {
    expect(hasFilters({ sort: 'country', page: 2 })).toBe(false);
    expect(hasFilters({ city: 'gn:2988507' })).toBe(true);
    expect([pageCount(0), pageCount(25), pageCount(26)]).toEqual([1, 1, 2]);
  });
});
