import { Inject, Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@scn-prisma/partnerships';
import type { City, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, ValidationError } from '@scn/platform';
import { decodeCityCursor, encodeCityCursor } from '../../domain/city-cursor';
import { normalizeName } from '../../domain/normalize-name';
import { CITY_COLUMNS, toCityView } from '../../infra/city.record';

/** The search request as the RPC server parsed it (defaults applied, codes upper-cased). */
export type SearchCitiesQuery = RpcParsedRequest<'cities.search'>;

/** Cities by name prefix, country and region, most populous first (then by id, for a stable keyset). */
@Injectable()
export class SearchCitiesHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: SearchCitiesQuery): Promise<Page<City>> {
    const filters: Prisma.Sql[] = [];
    if (query.country) filters.push(Prisma.sql`country_code = ${query.country}`);
    if (query.region) filters.push(Prisma.sql`region_code = ${query.region}`);
    if (query.cursor) {
      const after = decodeCityCursor(query.cursor);
      filters.push(Prisma.sql`(population < ${after.population} OR (population = ${after.population} AND id > ${after.id}))`);
    }
    const order = Prisma.sql`ORDER BY population DESC, id LIMIT ${query.limit + 1}`;
    const rows = await this.db.$queryRaw<City[]>(
      query.q === undefined
        ? Prisma.sql`SELECT ${CITY_COLUMNS} FROM cities ${where(filters)} ${order}`
        : byNamePrefix(prefixPattern(query.q), filters, order),
    );
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toCityView),
      nextCursor: rows.length > query.limit && last ? encodeCityCursor(last) : null,
    };
  }
}

/**
 * Two branches so the name branch is a range scan of `cities_search_name_prefix_idx`
 * (an OR across both would scan the table): the name, or else one of the other names.
 * The other names are matched as one string, each name after a separator (U+001F, never
 * part of a normalized name), by the IMMUTABLE `city_alt_names_text()` whose trigram index
 * (`cities_alt_names_trgm_idx`) serves the pattern separator + prefix.
 */
function byNamePrefix(pattern: string, filters: Prisma.Sql[], order: Prisma.Sql): Prisma.Sql {
  const byName = where([Prisma.sql`search_name LIKE ${pattern}`, ...filters]);
  const byAltName = where([
    Prisma.sql`search_name NOT LIKE ${pattern}`,
    Prisma.sql`city_alt_names_text(alt_names) LIKE ${`%\u001f${pattern}`}`,
    ...filters,
  ]);
  return Prisma.sql`SELECT ${CITY_COLUMNS} FROM cities ${byName}
    UNION ALL SELECT ${CITY_COLUMNS} FROM cities ${byAltName} ${order}`;
}

function where(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/** `q` normalized as the stored names are, as a LIKE prefix pattern. */
function prefixPattern(q: string): string {
  const prefix = normalizeName(q);
  if (!prefix) {
    throw new ValidationError([{ field: 'query.q', rule: 'no_letters', message: 'must contain a letter or a digit' }]);
  }
  // Normalized names hold only letters, digits and spaces; escaping keeps it so if that changes.
  return `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
}
