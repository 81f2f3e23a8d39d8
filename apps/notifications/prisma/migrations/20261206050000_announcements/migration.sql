-- Issue #15: the announcements staff sent, listed with their notifications counted by status.
-- CreateTable
CREATE TABLE "announcements" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "audience" TEXT,
    "webhooks" BOOLEAN,
    "sent_by" TEXT,
    "sent_by_email" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "announcements_pkey" PRIMARY KEY ("id")
);

-- Announcements sent before this table: one row each, made from their notifications (the
-- title and text are in their facts, the time is the first one's) - who sent them, to whom
-- and whether to webhooks was not kept, and stays null.
INSERT INTO "announcements" ("id", "title", "body", "created_at")
SELECT DISTINCT ON ("source_key")
       substring("source_key" FROM 14)::uuid,
       COALESCE("payload"->>'title', ''),
       COALESCE("payload"->>'body', ''),
       "created_at"
FROM "notifications"
WHERE "source_key" ~ '^announcement:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
ORDER BY "source_key", "created_at";
