import { countryName } from '../../apps/partnerships/src/directory/domain/country-names';
import type { SqlRunner } from '../../apps/partnerships/src/directory/infra/sql-query';
import type { MixedQuery } from './load';

/** A small seeded PRNG: every run sends the same mix. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Kinds of request and their share of the mix: what visitors of a public directory type. */
export const MIX_WEIGHTS = {
  'city name': 0.25,
  'city name, unaccented lower case': 0.1,
  'city name prefix (4 letters)': 0.1,
  country: 0.15,
  'country + state/region': 0.1,
  'city id': 0.1,
  'browse (pages 1-3, sorts, kind)': 0.15,
  'country name as text': 0.05,
} as const;
type MixKind = keyof typeof MIX_WEIGHTS;

const q = (text: string) => `q=${encodeURIComponent(text)}`;

/** `size` requests drawn from the dataset itself (sampled cities, the busiest countries and regions). */
export async function buildMix(run: SqlRunner, size: number, seed = 7): Promise<MixedQuery[]> {
  const cities = await run<{ id: string; name: string; search_name: string }>({
    text: `SELECT c.id, c.name, c.search_name FROM partnerships p JOIN cities c ON c.id IN (p.member_city_id, p.partner_city_id)
            WHERE p.status = 'active' ORDER BY md5(p.id::text || c.id) LIMIT 400`,
    values: [],
  });
  const countries = await run<{ cc: string }>({
    text: `SELECT cc FROM (SELECT c.country_code::text AS cc FROM partnerships p JOIN cities c ON c.id IN (p.member_city_id, p.partner_city_id)
            WHERE p.status = 'active') s GROUP BY cc ORDER BY count(*) DESC, cc LIMIT 15`,
    values: [],
  });
  const regions = await run<{ cc: string; rc: string }>({
    text: `SELECT c.country_code::text AS cc, c.region_code AS rc FROM partnerships p JOIN cities c ON c.id = p.member_city_id
            WHERE p.status = 'active' AND c.region_code IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 12`,
    values: [],
  });
  if (!cities.length || !countries.length) throw new Error('the dataset has no active partnership to build queries from');
  const browse = ['', 'page=2', 'page=3', 'sort=country', 'sort=-startDate', 'sort=startDate&page=2', 'kind=friendship_city', 'pageSize=100'];
  const random = mulberry32(seed);
  const any = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const make: Record<MixKind, () => string> = {
    'city name': () => q(any(cities).name),
    'city name, unaccented lower case': () => q(any(cities).search_name),
    'city name prefix (4 letters)': () => q(any(cities).search_name.slice(0, 4)),
    country: () => `country=${any(countries).cc}`,
    'country + state/region': () => {
      const region = any(regions.length ? regions : [{ cc: countries[0]!.cc, rc: '01' }]);
      return `country=${region.cc}&region=${encodeURIComponent(region.rc)}`;
    },
    'city id': () => `city=${encodeURIComponent(any(cities).id)}`,
    'browse (pages 1-3, sorts, kind)': () => any(browse),
    'country name as text': () => q(countryName(any(countries).cc) ?? 'Japan'),
  };
  const kinds = Object.entries(MIX_WEIGHTS) as Array<[MixKind, number]>;
  return Array.from({ length: size }, () => {
    let roll = random();
    const [kind] = kinds.find(([, weight]) => (roll -= weight) < 0) ?? kinds[0]!;
    return { kind, query: make[kind]() };
  });
}
