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
 * The pages of each role, shown to people holding one of the group's roles (the routes are
 * guarded too, see `routing/role-guard.ts`; the API decides anyway). A person with several
 * roles sees each page once (`sectionsFor`), in this order.
 */
export const ROLE_SECTIONS: Array<{ roles: ConsoleRole[]; sections: NavigationSection[] }> = [
  {
    roles: ['applicant'],
    sections: [
      { to: '/me/profile', label: 'nav.profile', exact: true },
      { to: '/me/apply', label: 'nav.apply', exact: true },
      { to: '/me/applications', label: 'nav.applications', exact: true },
      { to: '/me/followed-programs', label: 'nav.followed', exact: true },
      { to: '/me/data', label: 'nav.myData', exact: true },
    ],
  },
  {
    roles: ['partner-contact'],
    sections: [
      { to: '/partner/partnerships', label: 'nav.partner.partnerships' },
      { to: '/partner/nominees', label: 'nav.partner.nominees', exact: true },
      { to: '/partner/webhooks', label: 'nav.partner.webhooks', exact: true },
    ],
  },
  {
    // A member program's admins: their side of the program's partnerships (approving its terms).
    roles: ['program-admin'],
    sections: [{ to: '/member/partnerships', label: 'nav.member.partnerships' }],
  },
  {
    // Network staff: the dashboard, the network's partnerships, member programs and accounts.
    roles: ['network-staff'],
    sections: [
      { to: '/staff', label: 'nav.staff.dashboard', exact: true },
      { to: '/staff/partnerships', label: 'nav.staff.partnerships' },
      { to: '/staff/member-programs', label: 'nav.staff.memberPrograms' },
      { to: '/staff/accounts', label: 'nav.staff.accounts' },
    ],
  },
  {
    // Exchange programs and their review: program admins manage their own.
    roles: ['network-staff', 'program-admin'],
    sections: [
      { to: '/staff/programs', label: 'nav.staffPrograms' },
      { to: '/staff/review', label: 'nav.staffReview', exact: true },
    ],
  },
  {
    roles: ['network-staff'],
    sections: [
      { to: '/staff/matching', label: 'nav.staffMatching', exact: true },
      // Operations (imports, deliveries, dead letters, announcements, audit).
      { to: '/staff/imports', label: 'nav.staffImports', exact: true },
      { to: '/staff/deliveries', label: 'nav.staffDeliveries', exact: true },
      { to: '/staff/dead-letters', label: 'nav.staffDeadLetters', exact: true },
      { to: '/staff/announcements', label: 'nav.staffAnnouncements', exact: true },
      { to: '/staff/audit', label: 'nav.staffAudit', exact: true },
      { to: '/staff/queues', label: 'nav.staff.queues', exact: true },
    ],
  },
  {
    roles: ['reviewer'],
    sections: [{ to: '/review', label: 'nav.review' }],
  },
];

/** Every signed-in person's pages, whatever their roles: shown after their roles' groups. */
export const SIGNED_IN_SECTIONS: NavigationSection[] = [
  { to: '/me/inbox', label: 'nav.inbox', exact: true },
  { to: '/me/notification-preferences', label: 'nav.preferences', exact: true },
];

/** The pages a person with these grants sees, each once: everyone's, their roles', then the signed-in ones. */
export function sectionsFor(holds: (role: ConsoleRole) => boolean, signedIn: boolean): NavigationSection[] {
  const groups = ROLE_SECTIONS.filter((group) => group.roles.some(holds)).flatMap((group) => group.sections);
  const all = [...PUBLIC_SECTIONS, ...groups, ...(signedIn ? SIGNED_IN_SECTIONS : [])];
  return all.filter((section, index) => all.findIndex((other) => other.to === section.to) === index);
}

export const isActiveSection = (section: NavigationSection, pathname: string): boolean =>
  section.exact ? pathname === section.to : pathname === section.to || pathname.startsWith(`${section.to}/`);
