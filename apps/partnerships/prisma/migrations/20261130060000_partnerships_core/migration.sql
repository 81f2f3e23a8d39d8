-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('member', 'lapsed', 'withdrawn');

-- CreateEnum
CREATE TYPE "PartnershipKind" AS ENUM ('sister_city', 'friendship_city', 'other');

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('proposed', 'active', 'suspended', 'terminated');

-- CreateEnum
CREATE TYPE "VersionState" AS ENUM ('draft', 'in_force', 'superseded', 'withdrawn');

-- CreateEnum
CREATE TYPE "AgreementSide" AS ENUM ('member', 'partner');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "cities" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "alt_names" TEXT[],
    "country_code" CHAR(2) NOT NULL,
    "region_code" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "population" INTEGER NOT NULL DEFAULT 0,
    "time_zone" TEXT,
    "source" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member_programs" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,
    "membership" "MembershipStatus" NOT NULL DEFAULT 'member',
    "dues_paid_through" INTEGER,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "website" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnerships" (
    "id" UUID NOT NULL,
    "member_program_id" UUID,
    "member_city_id" TEXT NOT NULL,
    "partner_city_id" TEXT NOT NULL,
    "kind" "PartnershipKind" NOT NULL,
    "focus_areas" TEXT[],
    "status" "PartnershipStatus" NOT NULL,
    "start_date" DATE,
    "current_version" INTEGER NOT NULL,
    "in_force_version" INTEGER,
    "pending_termination" JSONB,
    "member_contacts" JSONB NOT NULL DEFAULT '[]',
    "partner_contacts" JSONB NOT NULL DEFAULT '[]',
    "import_key" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partnerships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_versions" (
    "partnership_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "terms" JSONB NOT NULL,
    "terms_hash" TEXT NOT NULL,
    "state" "VersionState" NOT NULL,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_versions_pkey" PRIMARY KEY ("partnership_id","version")
);

-- CreateTable
CREATE TABLE "approvals" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "side" "AgreementSide" NOT NULL,
    "terms_hash" TEXT NOT NULL,
    "signatory_name" TEXT NOT NULL,
    "signatory_office" TEXT NOT NULL,
    "signed_on" DATE NOT NULL,
    "document_ref" TEXT,
    "approved_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_changes" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "partnership_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL,
    "status" "ImportStatus" NOT NULL,
    "file_name" TEXT,
    "file_hash" TEXT NOT NULL,
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "processed_rows" INTEGER NOT NULL DEFAULT 0,
    "created_count" INTEGER NOT NULL DEFAULT 0,
    "unchanged_count" INTEGER NOT NULL DEFAULT 0,
    "unmatched_count" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_by" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_problems" (
    "id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "row" JSONB NOT NULL,

    CONSTRAINT "import_problems_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cities_country_code_region_code_idx" ON "cities"("country_code", "region_code");

-- CreateIndex
CREATE INDEX "member_programs_city_id_idx" ON "member_programs"("city_id");

-- CreateIndex
CREATE UNIQUE INDEX "partnerships_import_key_key" ON "partnerships"("import_key");

-- CreateIndex
CREATE INDEX "partnerships_member_program_id_idx" ON "partnerships"("member_program_id");

-- CreateIndex
CREATE INDEX "partnerships_member_city_id_idx" ON "partnerships"("member_city_id");

-- CreateIndex
CREATE INDEX "partnerships_partner_city_id_idx" ON "partnerships"("partner_city_id");

-- CreateIndex
CREATE INDEX "partnerships_status_idx" ON "partnerships"("status");

-- CreateIndex
CREATE UNIQUE INDEX "approvals_partnership_id_version_side_key" ON "approvals"("partnership_id", "version", "side");

-- CreateIndex
CREATE INDEX "partnership_changes_partnership_id_at_idx" ON "partnership_changes"("partnership_id", "at");

-- CreateIndex
CREATE INDEX "import_problems_job_id_row_number_idx" ON "import_problems"("job_id", "row_number");

-- AddForeignKey
ALTER TABLE "member_programs" ADD CONSTRAINT "member_programs_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_member_program_id_fkey" FOREIGN KEY ("member_program_id") REFERENCES "member_programs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_member_city_id_fkey" FOREIGN KEY ("member_city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_partner_city_id_fkey" FOREIGN KEY ("partner_city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_changes" ADD CONSTRAINT "partnership_changes_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_problems" ADD CONSTRAINT "import_problems_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Prefix search of city names (search_name LIKE 'pre%') and of their other names
CREATE INDEX "cities_search_name_prefix_idx" ON "cities" ("search_name" text_pattern_ops, "population" DESC);
CREATE INDEX "cities_alt_names_idx" ON "cities" USING GIN ("alt_names");
