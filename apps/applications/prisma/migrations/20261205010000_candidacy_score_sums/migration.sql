-- AlterTable
ALTER TABLE "candidacies" ADD COLUMN     "score_readings" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "score_weight_total" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "score_weighted_sum" INTEGER NOT NULL DEFAULT 0;

-- The sums of the readings scored before this migration (the readings that count: scored,
-- no conflict of interest declared, a positive weight total).
UPDATE "candidacies" c
   SET "score_weighted_sum" = r.weighted_sum, "score_weight_total" = r.weight_total, "score_readings" = r.readings
  FROM (SELECT application_id, exchange_program_id, SUM(weighted_sum)::int AS weighted_sum, SUM(weight_total)::int AS weight_total, COUNT(*)::int AS readings
          FROM "review_assignments"
         WHERE scored_at IS NOT NULL AND conflict_declared_at IS NULL AND weight_total > 0
         GROUP BY application_id, exchange_program_id) r
 WHERE r.application_id = c.application_id AND r.exchange_program_id = c.exchange_program_id;
