-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('email', 'webhook', 'inbox');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('queued', 'sent', 'delivered', 'failed', 'filtered', 'cancelled');

-- CreateEnum
CREATE TYPE "AttemptOutcome" AS ENUM ('sent', 'delivered', 'retrying', 'failed');

-- CreateEnum
CREATE TYPE "DigestMode" AS ENUM ('off', 'daily');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('pending', 'fired', 'cancelled');

-- CreateEnum
CREATE TYPE "EndpointOwner" AS ENUM ('partner_city', 'network');

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "source_key" TEXT NOT NULL,
    "target_key" TEXT NOT NULL,
    "recipient_id" UUID,
    "endpoint_id" UUID,
    "channel" "Channel" NOT NULL,
    "type" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "critical" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL DEFAULT 'en',
    "payload" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'queued',
    "status_reason" TEXT,
    "not_before" TIMESTAMPTZ(3),
    "in_digest" BOOLEAN NOT NULL DEFAULT false,
    "enqueued_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "delivered_at" TIMESTAMPTZ(3),
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_attempts" (
    "id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "outcome" "AttemptOutcome" NOT NULL,
    "error" TEXT,
    "response_status" INTEGER,
    "duration_ms" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delivery_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "known_partnerships" (
    "id" UUID NOT NULL,
    "member_program_id" UUID,
    "member_city_id" TEXT NOT NULL,
    "partner_city_id" TEXT NOT NULL,
    "member_country_code" CHAR(2) NOT NULL,
    "partner_country_code" CHAR(2) NOT NULL,
    "title" TEXT,
    "member_city_name" TEXT,
    "partner_city_name" TEXT,
    "status" TEXT NOT NULL,
    "start_date" DATE,
    "member_contacts" JSONB NOT NULL DEFAULT '[]',
    "partner_contacts" JSONB NOT NULL DEFAULT '[]',
    "last_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "known_partnerships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "known_member_programs" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "membership" TEXT NOT NULL,
    "dues_paid_through" INTEGER,
    "in_good_standing" BOOLEAN NOT NULL,
    "last_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "known_member_programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "known_exchange_programs" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "member_program_id" UUID,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "season" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "application_opens_at" TIMESTAMPTZ(3) NOT NULL,
    "application_closes_at" TIMESTAMPTZ(3) NOT NULL,
    "decision_release_at" TIMESTAMPTZ(3),
    "travel_start" DATE NOT NULL,
    "travel_end" DATE NOT NULL,
    "last_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "known_exchange_programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_interests" (
    "exchange_program_id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "program_interests_pkey" PRIMARY KEY ("exchange_program_id","recipient_id")
);

-- CreateTable
CREATE TABLE "recipients" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "account_id" UUID,
    "display_name" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "time_zone" TEXT,
    "quiet_start_minute" INTEGER,
    "quiet_end_minute" INTEGER,
    "digest" "DigestMode" NOT NULL DEFAULT 'off',
    "grants" JSONB NOT NULL DEFAULT '[]',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "account_changed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recipients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channel_preferences" (
    "recipient_id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "channel_preferences_pkey" PRIMARY KEY ("recipient_id","category","channel")
);

-- CreateTable
CREATE TABLE "reminders" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'pending',
    "status_reason" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "job_id" TEXT,
    "sync_needed" BOOLEAN NOT NULL DEFAULT true,
    "fired_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner" "EndpointOwner" NOT NULL,
    "city_id" TEXT,
    "types" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabled_at" TIMESTAMPTZ(3),
    "disabled_reason" TEXT,
    "failing_since" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_recipient_id_channel_created_at_idx" ON "notifications"("recipient_id", "channel", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notifications_status_created_at_idx" ON "notifications"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notifications_endpoint_id_created_at_idx" ON "notifications"("endpoint_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "notifications_source_key_target_key_channel_key" ON "notifications"("source_key", "target_key", "channel");

-- CreateIndex
CREATE INDEX "delivery_attempts_notification_id_attempt_idx" ON "delivery_attempts"("notification_id", "attempt");

-- CreateIndex
CREATE INDEX "known_partnerships_member_program_id_idx" ON "known_partnerships"("member_program_id");

-- CreateIndex
CREATE INDEX "known_partnerships_partner_city_id_idx" ON "known_partnerships"("partner_city_id");

-- CreateIndex
CREATE INDEX "known_exchange_programs_partnership_id_idx" ON "known_exchange_programs"("partnership_id");

-- CreateIndex
CREATE INDEX "program_interests_recipient_id_idx" ON "program_interests"("recipient_id");

-- CreateIndex
CREATE UNIQUE INDEX "recipients_email_key" ON "recipients"("email");

-- CreateIndex
CREATE UNIQUE INDEX "recipients_account_id_key" ON "recipients"("account_id");

-- CreateIndex
CREATE INDEX "reminders_subject_id_idx" ON "reminders"("subject_id");

-- CreateIndex
CREATE INDEX "reminders_status_due_at_idx" ON "reminders"("status", "due_at");

-- CreateIndex
CREATE INDEX "webhook_endpoints_city_id_idx" ON "webhook_endpoints"("city_id");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "recipients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_interests" ADD CONSTRAINT "program_interests_exchange_program_id_fkey" FOREIGN KEY ("exchange_program_id") REFERENCES "known_exchange_programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_interests" ADD CONSTRAINT "program_interests_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "recipients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "channel_preferences" ADD CONSTRAINT "channel_preferences_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "recipients"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- What the Prisma schema cannot express: partial indexes of the rows the dispatchers look for.
-- Queued notifications whose delivery job is not in Redis yet (the dispatcher's work list).
CREATE INDEX "notifications_to_enqueue_idx" ON "notifications" ("created_at") WHERE "status" = 'queued' AND "enqueued_at" IS NULL;
-- Queued notifications with a job: what start-up reconciles against Redis.
CREATE INDEX "notifications_enqueued_idx" ON "notifications" ("enqueued_at") WHERE "status" = 'queued' AND "enqueued_at" IS NOT NULL;
-- The inbox: a recipient's unread first, newest first.
CREATE INDEX "notifications_inbox_idx" ON "notifications" ("recipient_id", ("read_at" IS NULL) DESC, "created_at" DESC, "id" DESC) WHERE "channel" = 'inbox';
-- Reminders whose Redis job must be added, moved or removed.
CREATE INDEX "reminders_sync_needed_idx" ON "reminders" ("updated_at") WHERE "sync_needed";
