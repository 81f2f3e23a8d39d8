import type { RawSql } from '@scn/platform';
import type { WebhookReach } from '../domain/audience';

/** What a request asks of the webhook endpoints: its reach, and its type (an endpoint may want only some types). */
export interface WebhooksAsked {
  reach: WebhookReach;
  type: string;
}

/** An enabled endpoint, with what decides whether a reach covers it. */
interface Endpoint {
  id: string;
  owner: 'network' | 'partner_city';
  cityId: string | null;
  types: string[];
}

/**
 * The ids of the enabled endpoints each request reaches that want its type, in the order
 * they were made. Two reads for a whole batch, not two per request: the partner cities of
 * its `partnership` reaches, and the enabled endpoints (a few, the same for every request).
 */
export async function endpointsReached(tx: RawSql, asked: readonly WebhooksAsked[]): Promise<string[][]> {
  if (asked.every(({ reach }) => reach.kind === 'none')) return asked.map(() => []);
  const partnerCities = await partnerCitiesOf(tx, asked);
  const endpoints = await tx.$queryRawUnsafe<Endpoint[]>(
    `SELECT id, owner::text AS owner, city_id AS "cityId", types FROM webhook_endpoints WHERE enabled ORDER BY created_at, id`,
  );
  return asked.map(({ reach, type }) => {
    if (reach.kind === 'none') return [];
    const cityId =
      reach.kind === 'city' ? reach.cityId : reach.kind === 'partnership' ? (partnerCities.get(reach.partnershipId.toLowerCase()) ?? null) : null;
    return endpoints
      .filter((endpoint) => covers(reach, cityId, endpoint) && (endpoint.types.length === 0 || endpoint.types.includes(type)))
      .map((endpoint) => endpoint.id);
  });
}

/** The network's endpoints, and the partner cities' the reach covers: all of them, one (`cityId`), or none. */
function covers(reach: WebhookReach, cityId: string | null, endpoint: Endpoint): boolean {
  if (endpoint.owner === 'network') return true;
  return endpoint.owner === 'partner_city' && (reach.kind === 'all' || (cityId !== null && endpoint.cityId === cityId));
}

/** The partner city of each known partnership a reach names, by its id in lower case (an unknown one has none). */
async function partnerCitiesOf(tx: RawSql, asked: readonly WebhooksAsked[]): Promise<Map<string, string>> {
  const partnershipIds = new Set(asked.flatMap(({ reach }) => (reach.kind === 'partnership' ? [reach.partnershipId.toLowerCase()] : [])));
  if (!partnershipIds.size) return new Map();
  const partnerships = await tx.$queryRawUnsafe<Array<{ id: string; partnerCityId: string }>>(
    `SELECT id, partner_city_id AS "partnerCityId" FROM known_partnerships WHERE id = ANY($1::uuid[])`,
    [...partnershipIds],
  );
  return new Map(partnerships.map((partnership) => [partnership.id, partnership.partnerCityId]));
}
