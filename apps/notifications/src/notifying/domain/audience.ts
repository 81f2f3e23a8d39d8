/**
 * Whom a notification is for, described by what they are, not by their addresses: the
 * audience resolver turns it into recipients (and webhook endpoints) from the read models
 * when the notification is made.
 */
export type Audience =
  /** The contacts of a partnership's sides (listed on it, and partner-contact accounts of the partner city), and the member program's admins for the member side. */
  | { kind: 'partnership'; partnershipId: string; sides: ReadonlyArray<'member' | 'partner'> }
  /** A member program's admins (program-admin accounts scoped to it) and its listed contacts. */
  | { kind: 'member-program'; memberProgramId: string }
  /** A member program's admins only (program-admin accounts scoped to it): those who act for it, e.g. answer a nomination. */
  | { kind: 'program-admins'; memberProgramId: string }
  /** A partner city's partner-contact accounts (scoped to its city id). */
  | { kind: 'city-contacts'; cityId: string }
  /** Everyone concerned with an exchange program: its member program's admins and its partnership's partner side. */
  | { kind: 'exchange-program'; exchangeProgramId: string }
  /** People who asked to hear about an exchange program. */
  | { kind: 'program-interest'; exchangeProgramId: string }
  /** One account, as its recipient stands (nobody when the account is unknown or disabled). */
  | { kind: 'account'; accountId: string }
  /** Every network-staff account. */
  | { kind: 'staff' }
  /** One person by email (an invitation to someone without an account yet). */
  | { kind: 'person'; email: string; displayName: string; language: string; accountId?: string | null }
  /** Every recipient the network knows (announcements). */
  | { kind: 'everyone' };

/**
 * Which webhook endpoints also receive it (the network's always do, unless `none`): the
 * partner city's endpoints of the partnership (`partnership`), one partner city's by its id
 * (`city`: a nomination names the hosting city), every partner city's (`all`:
 * announcements), or only the network's (`network`).
 */
export type WebhookReach =
  | { kind: 'partnership'; partnershipId: string }
  | { kind: 'city'; cityId: string }
  | { kind: 'all' }
  | { kind: 'network' }
  | { kind: 'none' };
