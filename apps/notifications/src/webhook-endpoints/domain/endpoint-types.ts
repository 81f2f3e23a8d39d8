import { isNotificationType } from '../../catalogue/notification-types';
import { WebhookEndpointErrors as Errors } from './webhook-endpoint.errors';

/** The type filter, each name checked against the catalogue, duplicates dropped (first kept). */
export function checkedTypes(types: readonly string[]): string[] {
  const unknown = types.map((type, index) => ({ type, index })).filter(({ type }) => !isNotificationType(type));
  if (unknown.length) throw Errors.unknownTypes(unknown);
  return [...new Set(types)];
}
