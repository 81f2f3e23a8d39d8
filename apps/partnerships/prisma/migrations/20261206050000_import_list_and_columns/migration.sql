-- Issue #15: the list of imports shows who started each, and an import's answers say how
-- its columns were mapped (older imports keep null in both).
-- AlterTable
ALTER TABLE "import_jobs" ADD COLUMN     "columns" JSONB,
ADD COLUMN     "created_by_email" TEXT;
