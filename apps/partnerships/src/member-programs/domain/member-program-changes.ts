import type { Contact, MembershipStatus } from '@scn/contracts';
import canonicalize from 'canonicalize';
import { isInGoodStanding } from './good-standing';

/** The fields of a member program a change may touch. */
export interface MemberProgramFields {
  name: string;
  contacts: Contact[];
  website: string | null;
  membership: MembershipStatus;
  duesPaidThrough: number | null;
}
export type MemberProgramPatch = Partial<MemberProgramFields>;
export type MemberProgramField = keyof MemberProgramFields;

/** In the order `changed` lists them in events. */
const FIELDS: readonly MemberProgramField[] = ['name', 'contacts', 'website', 'membership', 'duesPaidThrough'];

/** Set by network staff only: they decide who is a member and record the dues. */
export const STAFF_ONLY_FIELDS: readonly MemberProgramField[] = ['membership', 'duesPaidThrough'];

/** The staff-only fields a patch sends (even unchanged: sending them at all is the caller's mistake). */
export function staffOnlyFieldsIn(patch: MemberProgramPatch): MemberProgramField[] {
  return STAFF_ONLY_FIELDS.filter((field) => patch[field] !== undefined);
}

/**
 * The fields a patch really changes. Values are compared by their canonical JSON, so a
 * contact list read back from the database (keys reordered by jsonb) equals the same list
 * sent again, and a no-op patch changes nothing (no revision, no event).
 */
export function changedFields(before: MemberProgramFields, patch: MemberProgramPatch): MemberProgramField[] {
  return FIELDS.filter((field) => patch[field] !== undefined && canonicalize(patch[field]) !== canonicalize(before[field]));
}

/**
 * Whether a change is worth a standing-changed event: good standing flipped, or the
 * membership itself changed (a lapsed program withdrawing is news even if neither is in
 * good standing).
 */
export function standingChanged(before: MemberProgramFields, after: MemberProgramFields, now: Date): boolean {
  return before.membership !== after.membership || isInGoodStanding(before, now) !== isInGoodStanding(after, now);
}
