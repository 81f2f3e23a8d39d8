/** A recipient as the planner needs it: where to reach them and how they want to be told. */
export interface ResolvedRecipient {
  id: string;
  email: string;
  accountId: string | null;
  displayName: string;
  language: string;
  timeZone: string | null;
  quietStartMinute: number | null;
  quietEndMinute: number | null;
  digest: 'off' | 'daily';
}

/** A person listed as a contact (of a partnership side or a member program). */
export interface ListedPerson {
  email: string;
  name: string;
  language?: string | null;
}

/** The columns of `recipients` a ResolvedRecipient is read from (SQL, aliased to its fields). */
export const RECIPIENT_COLUMNS = `r.id, r.email, r.account_id AS "accountId", r.display_name AS "displayName", r.language,
  r.time_zone AS "timeZone", r.quiet_start_minute AS "quietStartMinute", r.quiet_end_minute AS "quietEndMinute", r.digest::text AS digest`;
