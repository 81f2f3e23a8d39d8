-- The schedulers take due decisions ORDER BY release_due_at, id and due offers ORDER BY
-- offer_deadline, id. Keyed on the time alone, a season's rows tie on it (a matching run
-- releases all its decisions at one time), and each batch read and sorted the whole tie:
-- the indexes now give the claims' order themselves.
DROP INDEX "applications_release_due_idx";
CREATE INDEX "applications_release_due_idx" ON "applications" ("release_due_at", "id") WHERE "decision_released_at" IS NULL AND "release_due_at" IS NOT NULL;
DROP INDEX "applications_open_offer_idx";
CREATE INDEX "applications_open_offer_idx" ON "applications" ("offer_deadline", "id") WHERE "offer_state" = 'open';
