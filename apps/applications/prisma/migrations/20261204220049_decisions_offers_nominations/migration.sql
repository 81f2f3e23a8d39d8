-- AlterTable
ALTER TABLE "applications" ADD COLUMN     "decided_by_run_id" UUID,
ADD COLUMN     "decision_explanations" JSONB,
ADD COLUMN     "decision_outcome" TEXT,
ADD COLUMN     "decision_released_at" TIMESTAMPTZ(3),
ADD COLUMN     "nomination_decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "nomination_decided_by" UUID,
ADD COLUMN     "nomination_program_id" UUID,
ADD COLUMN     "nomination_reason" TEXT,
ADD COLUMN     "nomination_side" TEXT,
ADD COLUMN     "nomination_state" TEXT,
ADD COLUMN     "offer_answered_at" TIMESTAMPTZ(3),
ADD COLUMN     "offer_deadline" TIMESTAMPTZ(3),
ADD COLUMN     "offer_state" TEXT,
ADD COLUMN     "placed_choice_rank" INTEGER,
ADD COLUMN     "placed_side" TEXT,
ADD COLUMN     "release_due_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "waitlist_entries" (
    "exchange_program_id" UUID NOT NULL,
    "side" TEXT NOT NULL,
    "application_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "choice_rank" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'waiting',

    CONSTRAINT "waitlist_entries_pkey" PRIMARY KEY ("exchange_program_id","side","application_id")
);

-- CreateIndex
CREATE INDEX "waitlist_entries_exchange_program_id_side_state_position_idx" ON "waitlist_entries"("exchange_program_id", "side", "state", "position");

-- CreateIndex
CREATE INDEX "waitlist_entries_application_id_idx" ON "waitlist_entries"("application_id");

-- CreateIndex
CREATE INDEX "applications_placed_program_id_placed_side_idx" ON "applications"("placed_program_id", "placed_side");


-- What the schedulers look for (partial indexes Prisma cannot express): decisions due, offers open.
CREATE INDEX "applications_release_due_idx" ON "applications" ("release_due_at") WHERE "decision_released_at" IS NULL AND "release_due_at" IS NOT NULL;
CREATE INDEX "applications_open_offer_idx" ON "applications" ("offer_deadline") WHERE "offer_state" = 'open';
