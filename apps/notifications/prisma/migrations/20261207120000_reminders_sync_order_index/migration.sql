-- The scheduler claims flagged reminders ORDER BY updated_at, id. Keyed on updated_at alone,
-- every row written by one statement shares its now(), and a large tie (a season planned or
-- moved at once) was read and sorted whole for each batch of 1,000 (93 ms a claim with 100,000
-- tied rows, 0.7 ms with the id in the key): the index now gives the claim's order itself.
DROP INDEX "reminders_sync_needed_idx";
CREATE INDEX "reminders_sync_needed_idx" ON "reminders" ("updated_at", "id") WHERE "sync_needed";
