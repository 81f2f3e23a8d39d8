-- CreateEnum
CREATE TYPE "ImportRowResolution" AS ENUM ('loaded', 'dismissed');

-- AlterTable
ALTER TABLE "import_problems" ADD COLUMN     "reading" JSONB,
ADD COLUMN     "resolution" "ImportRowResolution",
ADD COLUMN     "resolution_details" JSONB,
ADD COLUMN     "resolved_at" TIMESTAMPTZ(3),
ADD COLUMN     "resolved_by" TEXT;

