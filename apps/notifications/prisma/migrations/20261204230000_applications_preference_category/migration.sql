-- Issue #13: an applicant's messages about their applications move from the `exchanges`
-- preference category to their own, `applications`. Whoever turned `exchanges` off on a
-- channel had turned these off too: they keep them off there (an opt-out is never lost by
-- a move). Critical ones (decision released, offer made) ignore preferences anyway.
INSERT INTO "channel_preferences" ("recipient_id", "category", "channel", "enabled", "updated_at")
SELECT "recipient_id", 'applications', "channel", false, now()
  FROM "channel_preferences"
 WHERE "category" = 'exchanges' AND NOT "enabled"
ON CONFLICT ("recipient_id", "category", "channel") DO NOTHING;
