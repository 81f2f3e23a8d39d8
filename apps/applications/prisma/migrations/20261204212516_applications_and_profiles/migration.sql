-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('draft', 'submitted', 'in_review', 'accepted', 'waitlisted', 'not_accepted', 'offer_accepted', 'offer_declined', 'offer_lapsed', 'confirmed', 'withdrawn');

-- CreateTable
CREATE TABLE "known_programs" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "member_program_id" UUID,
    "member_city_id" TEXT,
    "partner_city_id" TEXT,
    "member_country_code" CHAR(2),
    "partner_country_code" CHAR(2),
    "season" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "direction" TEXT,
    "languages" TEXT[],
    "travel_start" DATE NOT NULL,
    "travel_end" DATE NOT NULL,
    "application_opens_at" TIMESTAMPTZ(3) NOT NULL,
    "application_closes_at" TIMESTAMPTZ(3) NOT NULL,
    "decision_release_at" TIMESTAMPTZ(3),
    "offer_response_deadline" TIMESTAMPTZ(3),
    "capacity_member" INTEGER NOT NULL,
    "capacity_partner" INTEGER NOT NULL,
    "eligibility" JSONB,
    "status" TEXT NOT NULL,
    "window_open" BOOLEAN NOT NULL DEFAULT false,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "cancel_reason" TEXT,
    "last_event_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "known_programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applicants" (
    "account_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "home_city_id" TEXT NOT NULL,
    "home_country_code" CHAR(2) NOT NULL,
    "member_program_id" UUID,
    "languages" JSONB NOT NULL,
    "phone" TEXT,
    "preferred_language" TEXT NOT NULL,
    "emergency_contact" JSONB NOT NULL,
    "guardian" JSONB,
    "guardian_consent_requested_at" TIMESTAMPTZ(3),
    "guardian_consent_given_at" TIMESTAMPTZ(3),
    "guardian_consent_given_from" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applicants_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "season" INTEGER NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'draft',
    "submitted_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdraw_reason" TEXT,
    "withdraw_cause" TEXT,
    "placed_program_id" UUID,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_choices" (
    "application_id" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "exchange_program_id" UUID NOT NULL,
    "side" TEXT NOT NULL,

    CONSTRAINT "application_choices_pkey" PRIMARY KEY ("application_id","rank")
);

-- CreateTable
CREATE TABLE "application_changes" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "actor_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "known_programs_season_idx" ON "known_programs"("season");

-- CreateIndex
CREATE INDEX "applications_applicant_id_season_idx" ON "applications"("applicant_id", "season");

-- CreateIndex
CREATE INDEX "application_choices_exchange_program_id_idx" ON "application_choices"("exchange_program_id");

-- CreateIndex
CREATE UNIQUE INDEX "application_choices_application_id_exchange_program_id_key" ON "application_choices"("application_id", "exchange_program_id");

-- CreateIndex
CREATE INDEX "application_changes_application_id_at_idx" ON "application_changes"("application_id", "at");

-- AddForeignKey
ALTER TABLE "application_choices" ADD CONSTRAINT "application_choices_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_changes" ADD CONSTRAINT "application_changes_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One application per applicant and season, unless withdrawn (Prisma cannot express a partial unique index).
CREATE UNIQUE INDEX "applications_one_per_season_idx" ON "applications" ("applicant_id", "season") WHERE "status" <> 'withdrawn';
