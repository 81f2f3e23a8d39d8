import type { ConsoleRole } from '../api/session';
import type { MessageId } from '../i18n/locales';

/** One entry of the navigation: a page of the console and its label's message. */
export interface NavigationSection {
  to: string;
  label: MessageId;
  /** Active only on exactly this path (a section whose path prefixes others'). */
  exact?: boolean;
}

/** Everyone's pages, signed in or not. */
export const PUBLIC_SECTIONS: NavigationSection[] = [
  { to: '/', label: 'nav.directory', exact: true },
  { to: '/programs', label: 'nav.programs' },
  { to: '/map', label: 'nav.map', exact: true },
  { to: '/statistics', label: 'nav.statistics', exact: true },
];

/**
 * The pages of each role, shown to people holding it (the routes are guarded too, see
 * `routing/role-guard.ts`; the API decides anyway). A person with several roles sees each
 * group once, in this order.
 */
export const ROLE_SECTIONS: Array<{ role: ConsoleRole; sections: NavigationSection[] }> = [
  {
    role: 'applicant',
    sections: [
      { to: '/me/profile', label: 'nav.profile', exact: true },
      { to: '/me/apply', label: 'nav.apply', exact: true },
      { to: '/me/applications', label: 'nav.applications', exact: true },
      { to: '/me/inbox', label: 'nav.inbox', exact: true },
      { to: '/me/notification-preferences', label: 'nav.preferences', exact: true },
    ],
  },
];

export const isActiveSection = (section: NavigationSection, pathname: string): boolean =>
  section.exact ? pathname === section.to : pathname === section.to || pathname.startsWith(`${section.to}/`);
