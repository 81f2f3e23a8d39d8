-- Messaging tables: what the Prisma schema cannot express (partial indexes on pending rows).
-- Appended to the first migration of every service database (keep the copies identical).
-- No semicolons inside comments here: the schema engine splits scripts on them.
CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" ("seq") WHERE "published_at" IS NULL;
CREATE INDEX "outbox_events_pending_aggregate_idx" ON "outbox_events" ("aggregate", "seq") WHERE "published_at" IS NULL;
CREATE INDEX "outbox_events_published_at_idx" ON "outbox_events" ("published_at") WHERE "published_at" IS NOT NULL;
