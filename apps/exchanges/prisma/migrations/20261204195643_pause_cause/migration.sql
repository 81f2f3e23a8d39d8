-- Why a program is paused becomes data (issue #12): a cause code, who paused it and their
-- note, instead of a text that reactivation parsed and that emails quoted in English.

-- AlterTable
ALTER TABLE "exchange_programs" ADD COLUMN     "pause_cause_code" TEXT,
ADD COLUMN     "pause_note" TEXT,
ADD COLUMN     "paused_by" TEXT;

-- Existing pauses keep their meaning. The service wrote "partnership suspended: <reason>"
-- ("no reason given" when the suspension had none) when it followed a suspension: that is
-- the partnership-suspended cause with the reason as its note, and reactivation still
-- resumes those programs. Any other text was a pause by the program's managers: kept as
-- the note, by an account no longer known.
UPDATE "exchange_programs"
   SET "pause_cause_code" = 'partnership-suspended',
       "pause_note" = NULLIF(NULLIF(substr("pause_reason", length('partnership suspended: ') + 1), ''), 'no reason given')
 WHERE "paused" AND starts_with("pause_reason", 'partnership suspended: ');

UPDATE "exchange_programs"
   SET "pause_cause_code" = 'paused-by-manager',
       "pause_note" = NULLIF("pause_reason", '')
 WHERE "paused" AND "pause_cause_code" IS NULL;

-- AlterTable
ALTER TABLE "exchange_programs" DROP COLUMN "pause_reason";
