-- CreateTable
CREATE TABLE "requirement_reminders" (
    "exchange_program_id" UUID NOT NULL,
    "days_before" INTEGER NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "told" INTEGER NOT NULL,
    "handled_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "requirement_reminders_pkey" PRIMARY KEY ("exchange_program_id","days_before","closes_at")
);

