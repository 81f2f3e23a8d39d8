import { accountsSearchSchema, memberProgramsSearchSchema, partnershipsSearchSchema, toAccountsQuery, toMemberProgramsQuery, toPartnershipsQuery, withFilter } from './staff-search';

describe("staff's lists in the URL", () => {
  it('turns the URL state into the API query, leaving out what is not set', () => {
    const search = partnershipsSearchSchema.parse({ status: 'suspended', country: 'JP', cursor: 'abc' });
    expect(toPartnershipsQuery(search)).toEqual({ limit: 25, status: 'suspended', country: 'JP', cursor: 'abc' });
    expect(toPartnershipsQuery(partnershipsSearchSchema.parse({}))).toEqual({ limit: 25 });
  });

  it('drops a hand-edited value it does not know instead of failing the page', () => {
    expect(partnershipsSearchSchema.parse({ status: 'dissolved', country: 'japan' })).toEqual({});
    expect(accountsSearchSchema.parse({ role: 'emperor', status: 'invited' })).toEqual({ status: 'invited' });
  });

  it('sends standing as the text boolean the API reads, and trims the name', () => {
    const search = memberProgramsSearchSchema.parse({ standing: 'not-good', q: '  Port ' });
    expect(toMemberProgramsQuery(search)).toEqual({ limit: 25, inGoodStanding: 'false', q: 'Port' });
    expect(toAccountsQuery(accountsSearchSchema.parse({ email: '   ' }))).toEqual({ limit: 25 });
  });

  it('goes back to the first page when a filter changes', () => {
    expect(withFilter({ status: 'active' as const, cursor: 'c2' }, 'status', 'proposed')).toEqual({ status: 'proposed', cursor: undefined });
    expect(withFilter({ country: 'JP', cursor: 'c2' }, 'country', '')).toEqual({ country: undefined, cursor: undefined });
  });
});
