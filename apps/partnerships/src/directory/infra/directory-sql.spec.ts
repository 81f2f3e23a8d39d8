import type { DirectoryCriteria } from '../domain/directory-criteria';
import { exportChunkSql } from './directory-export.sql';
import { hitsSql } from './directory-hits';
import { countOwnSql, pageWithTotalSql, walkPageSql } from './directory-search.sql';
import { keysetAfter, orderBy } from './directory-sort';
import { statisticsSql } from './directory-statistics.sql';
import { SqlParams, type SqlQuery } from './sql-query';

const base: DirectoryCriteria = { cityConditions: [], statuses: ['active'], kinds: null, memberProgramId: null, startYears: null, matchesNothing: false };
const munchenInUs: DirectoryCriteria = {
  ...base,
  cityConditions: [
    { kind: 'text', text: 'munchen', match: 'contains', countries: [] },
    { kind: 'country', country: 'US' },
  ],
};

/** Every placeholder has its value and every value its placeholder; user text never enters the SQL text. */
function expectWellFormed(query: SqlQuery, ...userValues: string[]) {
  const used = new Set([...query.text.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  expect([...used].sort((a, b) => a - b)).toEqual(query.values.map((_, i) => i + 1));
  for (const value of userValues) expect(query.text).not.toContain(value);
}

describe('directory SQL', () => {
  it('drives a search from the cities matching the first condition, each side once', () => {
    const params = new SqlParams();
    const sql = hitsSql('driven', munchenInUs, params);
    const [byMember, byPartner] = sql.split(' UNION ALL ');
    expect(byMember).toContain('JOIN partnerships p ON p.member_city_id = c.id');
    expect(byPartner).toContain('JOIN partnerships p ON p.partner_city_id = c.id');
    // The partner branch skips partnerships whose member city matches too (found by the first branch).
    expect(byPartner).toContain('((o.search_name LIKE $2::text OR o.alt_names @> ARRAY[$3::text])) IS NOT TRUE');
    // The other condition holds on either side, in both branches.
    expect(byMember).toContain('(c.country_code = $4::bpchar OR o.country_code = $4::bpchar)');
    expect(byPartner).toContain('(o.country_code = $4::bpchar OR c.country_code = $4::bpchar)');
    expect(params.values).toEqual([['active'], '%munchen%', 'munchen', 'US']);
  });

  it('refuses to drive a search without a city condition', () => {
    expect(() => hitsSql('driven', base, new SqlParams())).toThrow();
  });

  it('matches a country named by the text on either side', () => {
    const params = new SqlParams();
    const sql = hitsSql('joined', { ...base, cityConditions: [{ kind: 'text', text: 'de', match: 'prefix', countries: ['DE'] }] }, params);
    expect(sql).toContain('mc.country_code = ANY($4::bpchar[])');
    expect(sql).toContain('pc.country_code = ANY($4::bpchar[])');
    expect(params.values).toEqual([['active'], 'de%', 'de', ['DE']]);
  });

  it('turns years into a half-open date range and kinds into an enum list', () => {
    const query = countOwnSql({ ...base, kinds: ['friendship_city'], startYears: { from: 1990, to: 1999 } });
    expect(query.text).toContain('p.kind = ANY($2::"PartnershipKind"[])');
    expect(query.text).toContain('p.start_date >= $3::date AND p.start_date < $4::date');
    expect(query.values).toEqual([['active'], ['friendship_city'], '1990-01-01', '2000-01-01']);
  });

  it('narrows to one member program on the partnership row itself', () => {
    const programId = '0190a5a4-7c1e-7d3a-9a51-3f0e2b6c1d2e';
    const query = countOwnSql({ ...base, memberProgramId: programId });
    expect(query.text).toContain('p.member_program_id = $2::uuid');
    expect(query.values).toEqual([['active'], programId]);
  });

  it('pages with the total from materialized hits, sorted the same inside and out', () => {
    const query = pageWithTotalSql('driven', munchenInUs, { sort: '-startDate', limit: 25, offset: 50 });
    expect(query.text).toContain('WITH hits AS MATERIALIZED');
    expect(query.text).toContain('ORDER BY hits.start_date DESC NULLS LAST, hits.m_sort ASC, hits.m_id ASC, hits.p_sort ASC, hits.id ASC LIMIT');
    expect(query.text).toContain('ORDER BY page.start_date DESC NULLS LAST');
    expect(query.values.slice(-2)).toEqual([25, 50]);
    expectWellFormed(query, 'munchen');
  });

  it('walks large sets in index order with plain joins', () => {
    const query = walkPageSql(base, { sort: 'country', limit: 10, offset: 0 });
    expect(query.text).toContain('JOIN cities mc ON mc.id = p.member_city_id');
    expect(query.text).toContain('ORDER BY hits.m_cc ASC, hits.m_sort ASC');
    expectWellFormed(query);
  });

  it('never selects contacts or terms', () => {
    for (const query of [pageWithTotalSql('probed', base, { sort: 'city', limit: 1, offset: 0 }), exportChunkSql('joined', base, 'city', null, 5)]) {
      expect(query.text).not.toMatch(/contacts|terms|pending_termination/);
    }
  });

  it('orders unknown start dates last both ways', () => {
    expect(orderBy('startDate', 'h')).toBe('ORDER BY h.start_date ASC NULLS LAST, h.m_sort ASC, h.m_id ASC, h.p_sort ASC, h.id ASC');
  });

  it('continues an export after the last row, mixing directions', () => {
    const params = new SqlParams();
    const sql = keysetAfter('-startDate', 'h', ['1999-05-01', 'paris', 'gn:1', 'osaka', '0190f2a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6'], params);
    const date = "coalesce(h.start_date, '-infinity'::date)";
    expect(sql).toBe(
      `((${date} < $1::date) OR (${date} = $1::date AND h.m_sort > $2::text) OR ` +
        `(${date} = $1::date AND h.m_sort = $2::text AND h.m_id > $3::text) OR ` +
        `(${date} = $1::date AND h.m_sort = $2::text AND h.m_id = $3::text AND h.p_sort > $4::text) OR ` +
        `(${date} = $1::date AND h.m_sort = $2::text AND h.m_id = $3::text AND h.p_sort = $4::text AND h.id > $5::uuid))`,
    );
    expect(() => keysetAfter('city', 'h', ['only one'], new SqlParams())).toThrow();
  });

  it('exports a chunk with its key values, after the cursor', () => {
    const query = exportChunkSql('driven', munchenInUs, 'city', ['a', 'b', 'c', '0190f2a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6'], 5001);
    expect(query.text).toContain('hits.m_sort::text AS k0');
    expect(query.text).toContain('hits.id::text AS k3');
    expect(query.values.at(-1)).toBe(5001);
    expectWellFormed(query, 'munchen');
  });

  it('counts regions only for the country asked, and stale proposals as dormant', () => {
    const before = new Date('2025-06-01T00:00:00Z');
    const withRegions = statisticsSql('joined', base, 'US', before);
    expect(withRegions.text).toContain("'memberRegion'");
    expect(withRegions.values).toContain('US');
    expect(withRegions.values).toContain(before.toISOString());
    expectWellFormed(withRegions);
    expect(statisticsSql('joined', base, null, before).text).not.toContain("'memberRegion'");
  });
});
