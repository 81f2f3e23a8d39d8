import { CHOICE_ADMISSIBLE } from './choice-status';

/**
 * Each admissible ranked choice's competition rank among the competitors of its school
 * (applicants who chose the program on the same side, eligible, with places there, ranked):
 * a tier of three at the top all rank 1, the next tier ranks 4. Counted in sequential
 * passes: a histogram of competitors per (program tier, side), turned into "how many rank
 * strictly above" by a running sum per school. 0 for a choice that competes for nothing.
 */
export function competitionRanks(
  choiceSchool: Int32Array,
  choiceStatus: Uint8Array,
  choiceTier: Int32Array,
  programTierCount: Int32Array,
): Int32Array {
  const totalChoices = choiceSchool.length;
  const m = programTierCount.length;
  const tierBase = new Int32Array(m + 1);
  for (let p = 0; p < m; p++) tierBase[p + 1] = tierBase[p] + programTierCount[p];
  const competes = (k: number) => choiceStatus[k] === CHOICE_ADMISSIBLE && choiceTier[k] >= 0;

  // competitorsAbove[2 * (tierBase[p] + t) + side]: first the competitors in that tier...
  const competitorsAbove = new Int32Array(2 * tierBase[m]);
  const slot = (k: number) => 2 * (tierBase[choiceSchool[k] >> 1] + choiceTier[k]) + (choiceSchool[k] & 1);
  for (let k = 0; k < totalChoices; k++) if (competes(k)) competitorsAbove[slot(k)]++;
  // ...then, by a running sum per school, the competitors in strictly better tiers.
  for (let p = 0; p < m; p++) {
    for (let side = 0; side < 2; side++) {
      let above = 0;
      for (let t = tierBase[p]; t < tierBase[p + 1]; t++) {
        const inTier = competitorsAbove[2 * t + side];
        competitorsAbove[2 * t + side] = above;
        above += inTier;
      }
    }
  }
  const choiceRank = new Int32Array(totalChoices);
  for (let k = 0; k < totalChoices; k++) if (competes(k)) choiceRank[k] = competitorsAbove[slot(k)] + 1;
  return choiceRank;
}
