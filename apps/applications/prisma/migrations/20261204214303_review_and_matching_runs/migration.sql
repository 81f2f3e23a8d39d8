-- CreateTable
CREATE TABLE "program_rubrics" (
    "exchange_program_id" UUID NOT NULL,
    "criteria" JSONB NOT NULL,
    "blind_first_round" BOOLEAN NOT NULL DEFAULT false,
    "updated_by" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "program_rubrics_pkey" PRIMARY KEY ("exchange_program_id")
);

-- CreateTable
CREATE TABLE "known_reviewers" (
    "account_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "program_ids" TEXT[],
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "known_reviewers_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "candidacies" (
    "application_id" UUID NOT NULL,
    "exchange_program_id" UUID NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "completed_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "candidacies_pkey" PRIMARY KEY ("application_id","exchange_program_id")
);

-- CreateTable
CREATE TABLE "review_assignments" (
    "application_id" UUID NOT NULL,
    "exchange_program_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "assigned_by" UUID,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL,
    "conflict_declared_at" TIMESTAMPTZ(3),
    "conflict_note" TEXT,
    "scores" JSONB,
    "weighted_sum" INTEGER,
    "weight_total" INTEGER,
    "comment" TEXT,
    "scored_at" TIMESTAMPTZ(3),

    CONSTRAINT "review_assignments_pkey" PRIMARY KEY ("application_id","exchange_program_id","reviewer_id")
);

-- CreateTable
CREATE TABLE "matching_runs" (
    "id" UUID NOT NULL,
    "season" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "input_hash" TEXT NOT NULL,
    "statistics" JSONB NOT NULL,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "committed_by" UUID,
    "committed_at" TIMESTAMPTZ(3),

    CONSTRAINT "matching_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "matching_outcomes" (
    "run_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "side" TEXT NOT NULL,
    "lottery_number" INTEGER NOT NULL,
    "placed_program_id" UUID,
    "placed_choice_rank" INTEGER,
    "explanations" JSONB NOT NULL,

    CONSTRAINT "matching_outcomes_pkey" PRIMARY KEY ("run_id","application_id")
);

-- CreateTable
CREATE TABLE "matching_waitlist_entries" (
    "run_id" UUID NOT NULL,
    "exchange_program_id" UUID NOT NULL,
    "side" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "application_id" UUID NOT NULL,

    CONSTRAINT "matching_waitlist_entries_pkey" PRIMARY KEY ("run_id","exchange_program_id","side","position")
);

-- CreateIndex
CREATE INDEX "candidacies_exchange_program_id_idx" ON "candidacies"("exchange_program_id");

-- CreateIndex
CREATE INDEX "review_assignments_reviewer_id_idx" ON "review_assignments"("reviewer_id");

-- CreateIndex
CREATE INDEX "review_assignments_exchange_program_id_idx" ON "review_assignments"("exchange_program_id");

-- CreateIndex
CREATE INDEX "matching_runs_season_created_at_idx" ON "matching_runs"("season", "created_at");

-- CreateIndex
CREATE INDEX "matching_outcomes_run_id_placed_program_id_idx" ON "matching_outcomes"("run_id", "placed_program_id");

-- CreateIndex
CREATE INDEX "matching_waitlist_entries_run_id_application_id_idx" ON "matching_waitlist_entries"("run_id", "application_id");


-- At most one committed run per season (Prisma cannot express a partial unique index).
CREATE UNIQUE INDEX "matching_runs_one_committed_idx" ON "matching_runs" ("season") WHERE "status" = 'committed';
