-- Unsubscribing without an account (issue #15): each change a listed contact makes by their
-- emailed link is recorded, while the choice itself lives in channel_preferences (email).
-- CreateTable
CREATE TABLE "email_unsubscribes" (
    "id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "categories_off" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_unsubscribes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "email_unsubscribes_recipient_id_created_at_idx" ON "email_unsubscribes"("recipient_id", "created_at");

-- AddForeignKey
ALTER TABLE "email_unsubscribes" ADD CONSTRAINT "email_unsubscribes_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "recipients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

