-- AlterTable
ALTER TABLE "applications" ADD COLUMN     "erased_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "erased_applicants" (
    "account_id" UUID NOT NULL,
    "erased_at" TIMESTAMPTZ(3) NOT NULL,
    "applications" INTEGER NOT NULL,
    "places_freed" INTEGER NOT NULL,

    CONSTRAINT "erased_applicants_pkey" PRIMARY KEY ("account_id")
);

