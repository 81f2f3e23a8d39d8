import type { ServiceName } from '@scn/contracts';
import { FOLLOWED_ACCOUNT_EVENTS } from '../../../apps/applications/src/review/domain/known-reviewer';
import { FOLLOWED_PROGRAM_EVENTS } from '../../../apps/applications/src/known-programs/domain/known-program';
import { FOLLOWED_PARTNERSHIP_EVENTS } from '../../../apps/exchanges/src/known-partnerships/domain/known-partnership';
import * as notifications from '../../../apps/notifications/src/known-facts/domain/followed-events';

/**
 * The event types each service's consumer acts on, from the lists its event controllers
 * declare: an event of one of these types must end up in that consumer's inbox exactly once.
 */
export const FOLLOWED_EVENTS: Record<ServiceName, ReadonlySet<string>> = {
  gateway: new Set(['applicant.erased.v1']),
  partnerships: new Set(),
  exchanges: new Set([...FOLLOWED_PARTNERSHIP_EVENTS.map((name) => `partnership.${name}.v1`), 'matching.run-completed.v1']),
  applications: new Set([...FOLLOWED_ACCOUNT_EVENTS, ...FOLLOWED_PROGRAM_EVENTS]),
  notifications: new Set([
    ...notifications.PARTNERSHIP_EVENT_TYPES,
    ...notifications.PARTNERSHIP_IMPORT_EVENT_TYPES,
    ...notifications.MEMBER_PROGRAM_EVENT_TYPES,
    ...notifications.EXCHANGE_PROGRAM_EVENT_TYPES,
    ...notifications.APPLICATION_EVENT_TYPES,
    ...notifications.APPLICANT_EVENT_TYPES,
    ...notifications.ACCOUNT_EVENT_TYPES,
  ]),
};
