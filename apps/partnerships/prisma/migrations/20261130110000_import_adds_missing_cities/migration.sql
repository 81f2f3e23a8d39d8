-- Imports may add the cities the gazetteer lacks (opt-in, addMissingCities): such cities name
-- their import, the job counts them, and the report lists the rows that added them beside the
-- rows that could not be matched. A heartbeat lets an interrupted import be told from a running one

-- CreateEnum
CREATE TYPE "ImportReportKind" AS ENUM ('unmatched', 'city_added');

-- AlterTable
ALTER TABLE "cities" ADD COLUMN     "import_job_id" UUID;

-- AlterTable
ALTER TABLE "import_jobs" ADD COLUMN     "add_missing_cities" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cities_added_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "heartbeat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "import_problems" ADD COLUMN     "added_city_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "kind" "ImportReportKind" NOT NULL DEFAULT 'unmatched';

-- CreateIndex
CREATE INDEX "cities_import_job_id_idx" ON "cities"("import_job_id");

-- AddForeignKey
ALTER TABLE "cities" ADD CONSTRAINT "cities_import_job_id_fkey" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

