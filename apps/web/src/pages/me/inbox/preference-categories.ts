import type { components } from '../../../api/api-types.generated';
import type { ConsoleRole } from '../../../api/session';

export type PreferenceCategory = components['schemas']['NotificationPreferencesUpdate']['channels'][number]['category'];

/**
 * The categories whose notifications each role receives. The API answers every category
 * for everyone; a partner contact offered "my applications", or an applicant offered
 * "webhooks", would be choosing about messages that never come to them.
 */
const CATEGORIES_BY_ROLE: Record<ConsoleRole, readonly PreferenceCategory[]> = {
  applicant: ['applications', 'reminders', 'exchanges', 'announcements'],
  'partner-contact': ['partnerships', 'exchanges', 'reminders', 'webhooks', 'announcements'],
  'program-admin': ['partnerships', 'membership', 'exchanges', 'reminders', 'webhooks', 'announcements'],
  reviewer: ['exchanges', 'reminders', 'announcements'],
  'network-staff': ['partnerships', 'membership', 'exchanges', 'applications', 'reminders', 'webhooks', 'announcements'],
};

/**
 * The categories to offer someone holding `roles`, in the order the API lists them, without
 * those it says are always on (account messages cannot be turned off).
 */
export function categoriesFor(
  roles: readonly ConsoleRole[],
  answered: ReadonlyArray<{ category: string }>,
  alwaysOn: readonly string[],
): PreferenceCategory[] {
  const concerned = new Set<string>(roles.flatMap((role) => CATEGORIES_BY_ROLE[role]));
  return answered
    .map((channel) => channel.category)
    .filter((category): category is PreferenceCategory => concerned.has(category) && !alwaysOn.includes(category));
}
