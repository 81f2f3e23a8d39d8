import { CHOICE_ADMISSIBLE } from './choice-status';
import type { MatchingInstance } from './matching.types';

/**
 * Reads each program's weak ranking into the choices: the tier of every ranked choice and
 * its competition rank among the competitors on the same side (applicants who chose the
 * program, eligible, with places on their side): a tier of three at the top all rank 1, the
 * next tier ranks 4. Applicants a program ranks but who did not choose it, or who are not
 * in the instance, compete for nothing there and are skipped.
 *
 * A ranking lists ids in no useful order and there are about as many entries as choices,
 * so the walk over it touches only small arrays: each ranked applicant's tier is marked in
 * per-applicant arrays, then the program's choosers (its choices, found beforehand in one
 * pass) read their mark. Random reads and writes into the large per-choice arrays would
 * cost several cache misses per entry. The ranks are then counted in sequential passes: a
 * histogram of competitors per (school, tier), turned into "how many rank strictly above"
 * by a running sum.
 */
export function rankChoices(
  programs: MatchingInstance['programs'],
  applicantIndex: Map<string, number>,
  choiceOwner: Int32Array,
  choiceSchool: Int32Array,
  choiceStatus: Uint8Array,
): { choiceTier: Int32Array; choiceRank: Int32Array } {
  const totalChoices = choiceSchool.length;
  const m = programs.length;
  const n = applicantIndex.size;

  // Each program's choices (of either side), in one array.
  const choosersStart = new Int32Array(m + 1);
  for (let k = 0; k < totalChoices; k++) if (choiceSchool[k] >= 0) choosersStart[(choiceSchool[k] >> 1) + 1]++;
  for (let p = 0; p < m; p++) choosersStart[p + 1] += choosersStart[p];
  const choosers = new Int32Array(choosersStart[m]);
  const fill = choosersStart.slice(0, m);
  for (let k = 0; k < totalChoices; k++) if (choiceSchool[k] >= 0) choosers[fill[choiceSchool[k] >> 1]++] = k;

  const choiceTier = new Int32Array(totalChoices).fill(-1);
  const tierBase = new Int32Array(m + 1);
  const markedBy = new Int32Array(n).fill(-1);
  const markedTier = new Int32Array(n);
  for (let p = 0; p < m; p++) {
    const ranking = programs[p].ranking;
    tierBase[p + 1] = tierBase[p] + ranking.length;
    for (let t = 0; t < ranking.length; t++) {
      const tier = ranking[t];
      for (let i = 0; i < tier.length; i++) {
        const a = applicantIndex.get(tier[i]);
        if (a === undefined) continue;
        if (markedBy[a] === p) throw new Error(`matching: program "${programs[p].id}" ranks applicant "${tier[i]}" twice`);
        markedBy[a] = p;
        markedTier[a] = t;
      }
    }
    for (let i = choosersStart[p]; i < choosersStart[p + 1]; i++) {
      const k = choosers[i];
      const a = choiceOwner[k];
      if (markedBy[a] === p) choiceTier[k] = markedTier[a];
    }
  }

  // competitorsAbove[2 * (tierBase[p] + t) + side]: first the competitors in that tier...
  const competitorsAbove = new Int32Array(2 * tierBase[m]);
  const slot = (k: number) => 2 * (tierBase[choiceSchool[k] >> 1] + choiceTier[k]) + (choiceSchool[k] & 1);
  for (let k = 0; k < totalChoices; k++) {
    if (choiceStatus[k] === CHOICE_ADMISSIBLE && choiceTier[k] >= 0) competitorsAbove[slot(k)]++;
  }
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
  for (let k = 0; k < totalChoices; k++) {
    if (choiceStatus[k] === CHOICE_ADMISSIBLE && choiceTier[k] >= 0) choiceRank[k] = competitorsAbove[slot(k)] + 1;
  }
  return { choiceTier, choiceRank };
}
