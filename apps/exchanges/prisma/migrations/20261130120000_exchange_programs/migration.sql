-- Exchange programs offered under partnerships, and the history of their changes.

-- CreateEnum
CREATE TYPE "ExchangeDirection" AS ENUM ('to_partner', 'from_partner', 'reciprocal');

-- CreateEnum
CREATE TYPE "ExchangeProgramStatus" AS ENUM ('draft', 'published', 'closed', 'allocated', 'in_progress', 'completed', 'cancelled');

-- CreateTable
CREATE TABLE "exchange_programs" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "member_program_id" UUID,
    "member_city_id" TEXT NOT NULL,
    "partner_city_id" TEXT NOT NULL,
    "season" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "languages" TEXT[],
    "direction" "ExchangeDirection" NOT NULL,
    "travel_start" DATE NOT NULL,
    "travel_end" DATE NOT NULL,
    "application_opens_at" TIMESTAMPTZ(3) NOT NULL,
    "application_closes_at" TIMESTAMPTZ(3) NOT NULL,
    "decision_release_at" TIMESTAMPTZ(3),
    "offer_response_deadline" TIMESTAMPTZ(3),
    "capacity_member" INTEGER NOT NULL,
    "capacity_partner" INTEGER NOT NULL,
    "costs" JSONB NOT NULL,
    "eligibility" JSONB NOT NULL,
    "status" "ExchangeProgramStatus" NOT NULL DEFAULT 'draft',
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "pause_reason" TEXT,
    "window_opened_at" TIMESTAMPTZ(3),
    "window_closed_at" TIMESTAMPTZ(3),
    "cancel_reason" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "exchange_programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exchange_program_changes" (
    "id" UUID NOT NULL,
    "exchange_program_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "exchange_program_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "exchange_programs_partnership_id_idx" ON "exchange_programs"("partnership_id");

-- CreateIndex
CREATE INDEX "exchange_programs_member_program_id_idx" ON "exchange_programs"("member_program_id");

-- CreateIndex
CREATE INDEX "exchange_programs_status_application_opens_at_idx" ON "exchange_programs"("status", "application_opens_at");

-- CreateIndex
CREATE INDEX "exchange_program_changes_exchange_program_id_at_idx" ON "exchange_program_changes"("exchange_program_id", "at");

-- AddForeignKey
ALTER TABLE "exchange_program_changes" ADD CONSTRAINT "exchange_program_changes_exchange_program_id_fkey" FOREIGN KEY ("exchange_program_id") REFERENCES "exchange_programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

