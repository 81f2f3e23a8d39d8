-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ImportReportKind" ADD VALUE 'ambiguous';
ALTER TYPE "ImportReportKind" ADD VALUE 'noted';

-- AlterTable
ALTER TABLE "import_jobs" ADD COLUMN     "ambiguous_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "dry_run" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "import_problems" ADD COLUMN     "candidates" JSONB;

