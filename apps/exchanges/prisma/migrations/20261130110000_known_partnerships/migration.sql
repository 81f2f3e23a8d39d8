-- The exchanges service's read model of partnerships, built from partnership events.

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('proposed', 'active', 'suspended', 'terminated');

-- CreateTable
CREATE TABLE "known_partnerships" (
    "id" UUID NOT NULL,
    "member_program_id" UUID,
    "member_city_id" TEXT NOT NULL,
    "partner_city_id" TEXT NOT NULL,
    "status" "PartnershipStatus" NOT NULL,
    "in_force_version" INTEGER,
    "last_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "known_partnerships_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "known_partnerships_member_program_id_idx" ON "known_partnerships"("member_program_id");

