-- The dispatcher claims queued notifications ORDER BY created_at, id. Keyed on created_at
-- alone, the rows one statement inserted (an announcement's tens of thousands) tie on its
-- now(), and each batch of 500 read and sorted the whole tie: the index now gives the claim's
-- order itself.
DROP INDEX "notifications_to_enqueue_idx";
CREATE INDEX "notifications_to_enqueue_idx" ON "notifications" ("created_at", "id") WHERE "status" = 'queued' AND "enqueued_at" IS NULL;
