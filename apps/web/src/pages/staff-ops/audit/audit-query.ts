import type { operations } from '../../../api/api-types.generated';
import { dayRangeToInstants, type AuditSearch } from '../ops-search';

type AuditLogQuery = NonNullable<operations['listAuditLog']['parameters']['query']>;
export const AUDIT_PAGE_SIZE = 25;

/** The API query of the audit page's URL: its calendar days become instants in the viewer's time zone. */
export function toAuditQuery(search: AuditSearch): AuditLogQuery {
  const { actorId, route, targetId, method, outcome, cursor } = search;
  return {
    limit: AUDIT_PAGE_SIZE,
    ...(actorId && { actorId }),
    ...(route && { route }),
    ...(targetId && { targetId }),
    ...(method && { method }),
    ...(outcome && { outcome }),
    ...dayRangeToInstants(search.from, search.to),
    ...(cursor && { cursor }),
  };
}
