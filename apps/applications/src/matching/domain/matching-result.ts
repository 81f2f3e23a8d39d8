import {
  CHOICE_ADMISSIBLE,
  CHOICE_INELIGIBLE,
  CHOICE_NO_PLACES,
  CHOICE_NOT_RANKED,
  CHOICE_UNKNOWN_PROGRAM,
  sideName,
  UNKNOWN_PROGRAM_RULE,
} from './choice-status';
import type { CompiledInstance } from './compiled-instance';
import type { IndexedMatching } from './deferred-acceptance';
import type { ApplicantOutcome, ChoiceExplanation, ExplainedChoice, MatchingResult, ProgramWaitlist } from './matching.types';

export interface MatchingRunFigures {
  proposals: number;
  improvementCycles: number;
  applicantsMovedByCycles: number;
}

/**
 * Turns the final matching into what applicants and staff read: placements, a reason for
 * every choice above the placement, the waitlists and the statistics.
 *
 * A choice above the placement that was admissible is always "full" of applicants ranked at
 * least as high: the matching is stable for the weak rankings (deferred acceptance and the
 * improvement cycles both keep it so), so the school has no free place on that side and
 * holds nobody in a strictly worse tier. Such applicants are waitlisted there, in the
 * order of the program's ranking and then the lottery: the key of the tie-broken ranking,
 * so a later, lower-ranked arrival never passes anyone.
 */
export function buildMatchingResult(instance: CompiledInstance, matching: IndexedMatching, figures: MatchingRunFigures): MatchingResult {
  const { applicantIds, choiceStart, choiceSchool, choiceStatus, choiceOwner, choiceTier, choiceRank, schoolCount } = instance;
  const { assigned, seatStart, seatCount, seatApplicant } = matching;
  const n = applicantIds.length;

  // The worst tier and rank admitted at each school, for the "full" explanations.
  const worstTier = new Int32Array(schoolCount).fill(-1);
  const worstRank = new Int32Array(schoolCount);
  for (let s = 0; s < schoolCount; s++) {
    for (let i = seatStart[s]; i < seatStart[s] + seatCount[s]; i++) {
      const k = assigned[seatApplicant[i]];
      if (choiceTier[k] > worstTier[s]) worstTier[s] = choiceTier[k];
      if (choiceRank[k] > worstRank[s]) worstRank[s] = choiceRank[k];
    }
  }

  const waitlisted = (k: number) => {
    const held = assigned[choiceOwner[k]];
    return choiceStatus[k] === CHOICE_ADMISSIBLE && (held < 0 || k < held);
  };
  const { waitlistStart, waitlistChoices, waitlistPosition } = buildWaitlists(instance, waitlisted);

  const outcomes: ApplicantOutcome[] = new Array(n);
  let placed = 0;
  let placedOnFirstChoice = 0;
  let placedInTopThree = 0;
  for (let a = 0; a < n; a++) {
    const held = assigned[a];
    const end = held < 0 ? choiceStart[a + 1] : held;
    const explanations: ExplainedChoice[] = [];
    for (let k = choiceStart[a]; k < end; k++) {
      const school = choiceSchool[k];
      explanations.push({
        programId: school < 0 ? (instance.unknownProgramIds.get(k) ?? '') : instance.programIds[school >> 1],
        choiceIndex: k - choiceStart[a],
        explanation: explainChoice(instance, k, worstTier, worstRank, waitlistPosition),
      });
    }
    let placement: ApplicantOutcome['placement'] = null;
    if (held >= 0) {
      const choiceIndex = held - choiceStart[a];
      placement = { programId: instance.programIds[choiceSchool[held] >> 1], choiceIndex };
      placed++;
      if (choiceIndex === 0) placedOnFirstChoice++;
      if (choiceIndex < 3) placedInTopThree++;
    }
    outcomes[a] = {
      applicantId: applicantIds[a],
      side: sideName(instance.applicantSide[a]),
      lotteryNumber: instance.lottery[a] + 1,
      placement,
      explanations,
    };
  }

  const waitlists: ProgramWaitlist[] = [];
  for (let s = 0; s < schoolCount; s++) {
    if (waitlistStart[s + 1] === waitlistStart[s]) continue;
    const applicantIdsInOrder: string[] = [];
    for (let i = waitlistStart[s]; i < waitlistStart[s + 1]; i++) applicantIdsInOrder.push(applicantIds[choiceOwner[waitlistChoices[i]]]);
    waitlists.push({ programId: instance.programIds[s >> 1], side: sideName(s & 1), applicantIds: applicantIdsInOrder });
  }

  const fill = (s: number) => ({ places: instance.schoolCapacity[s], filled: seatCount[s] });
  return {
    seed: instance.seed,
    outcomes,
    waitlists,
    statistics: {
      applicants: n,
      placed,
      placedOnFirstChoice,
      placedInTopThree,
      unplaced: n - placed,
      programs: instance.programIds.map((programId, p) => ({
        programId,
        member: { ...fill(2 * p), places: instance.programCapacity[p].member },
        partner: { ...fill(2 * p + 1), places: instance.programCapacity[p].partner },
      })),
      proposals: figures.proposals,
      improvementCycles: figures.improvementCycles,
      applicantsMovedByCycles: figures.applicantsMovedByCycles,
    },
  };
}

/**
 * Every school's waitlist, best first: the choices that are waitlisted, grouped by school
 * and sorted by their tie-broken key (tier * applicants + lottery). The keys are unique
 * within a school (one lottery number per applicant), so the keys alone are sorted, with
 * the native numeric sort, and each is turned back into its choice through its lottery
 * number.
 */
function buildWaitlists(
  instance: CompiledInstance,
  waitlisted: (k: number) => boolean,
): { waitlistStart: Int32Array; waitlistChoices: Int32Array; waitlistPosition: Int32Array } {
  const { choiceSchool, choiceKey, choiceStart, lottery, schoolCount } = instance;
  const n = lottery.length;
  const choiceCount = choiceSchool.length;
  const waitlistStart = new Int32Array(schoolCount + 1);
  for (let k = 0; k < choiceCount; k++) if (waitlisted(k)) waitlistStart[choiceSchool[k] + 1]++;
  for (let s = 0; s < schoolCount; s++) waitlistStart[s + 1] += waitlistStart[s];
  const keys = new Float64Array(waitlistStart[schoolCount]);
  const fill = waitlistStart.slice(0, schoolCount);
  for (let k = 0; k < choiceCount; k++) if (waitlisted(k)) keys[fill[choiceSchool[k]]++] = choiceKey[k];

  const applicantByLottery = new Int32Array(n);
  for (let a = 0; a < n; a++) applicantByLottery[lottery[a]] = a;
  const waitlistChoices = new Int32Array(keys.length);
  const waitlistPosition = new Int32Array(choiceCount);
  for (let s = 0; s < schoolCount; s++) {
    keys.subarray(waitlistStart[s], waitlistStart[s + 1]).sort();
    for (let i = waitlistStart[s]; i < waitlistStart[s + 1]; i++) {
      const a = applicantByLottery[keys[i] % n];
      let k = choiceStart[a];
      while (choiceSchool[k] !== s) k++;
      waitlistChoices[i] = k;
      waitlistPosition[k] = i - waitlistStart[s] + 1;
    }
  }
  return { waitlistStart, waitlistChoices, waitlistPosition };
}

function explainChoice(
  instance: CompiledInstance,
  k: number,
  worstTier: Int32Array,
  worstRank: Int32Array,
  waitlistPosition: Int32Array,
): ChoiceExplanation {
  switch (instance.choiceStatus[k]) {
    case CHOICE_INELIGIBLE:
      return { kind: 'ineligible', rule: instance.choiceRule[k] ?? '' };
    case CHOICE_UNKNOWN_PROGRAM:
      return { kind: 'ineligible', rule: instance.choiceRule[k] ?? UNKNOWN_PROGRAM_RULE };
    case CHOICE_NO_PLACES:
      return { kind: 'no-places' };
    case CHOICE_NOT_RANKED:
      return { kind: 'not-ranked' };
    default: {
      const s = instance.choiceSchool[k];
      return {
        kind: 'full',
        yourRank: instance.choiceRank[k],
        lowestAdmittedRank: worstRank[s],
        decidedBy: instance.choiceTier[k] === worstTier[s] ? 'lottery' : 'score',
        waitlistPosition: waitlistPosition[k],
      };
    }
  }
}
