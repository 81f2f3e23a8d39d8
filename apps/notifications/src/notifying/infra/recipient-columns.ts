/** The columns of `recipients` a ResolvedRecipient is read from (SQL, aliased to its fields). */
export const RECIPIENT_COLUMNS = `r.id, r.email, r.account_id AS "accountId", r.display_name AS "displayName", r.language,
  r.time_zone AS "timeZone", r.quiet_start_minute AS "quietStartMinute", r.quiet_end_minute AS "quietEndMinute", r.digest::text AS digest`;
