import { CHOICE_ADMISSIBLE } from './choice-status';
import type { CompiledInstance } from './compiled-instance';
import { pushHeld, replaceWorstHeld, type HeldApplicantsHeaps } from './held-applicants-heap';

/**
 * A matching in index form: `assigned[a]` is the global index of the choice applicant `a`
 * holds (-1 when unplaced), and each school's placed applicants fill the seats
 * `seatStart[s]` .. `seatStart[s] + seatCount[s]` of `seatApplicant` (in no order).
 */
export interface IndexedMatching {
  assigned: Int32Array;
  seatStart: Int32Array;
  seatCount: Int32Array;
  seatApplicant: Int32Array;
  /** Where each placed applicant sits in `seatApplicant`. */
  seatOf: Int32Array;
}

export interface DeferredAcceptanceOutcome {
  matching: IndexedMatching;
  proposals: number;
}

/**
 * Applicant-proposing deferred acceptance over the strict (tie-broken) priorities: the
 * applicant-optimal matching that is stable for them. Free applicants wait on a stack and
 * propose down their list; each school keeps its best `capacity` proposers in a max-heap.
 * O(P log c) for P proposals and capacity c; the order in which free applicants propose
 * does not change the result.
 */
export function runDeferredAcceptance(instance: CompiledInstance): DeferredAcceptanceOutcome {
  const { choiceStart, choiceSchool, choiceStatus, choiceKey, choiceOwner, schoolCapacity, schoolCount } = instance;
  const n = instance.applicantIds.length;

  // A school never holds more than its admissible proposers, so a segment that large is
  // enough even when the capacity is huge.
  const seatStart = new Int32Array(schoolCount + 1);
  const proposers = new Int32Array(schoolCount);
  for (let k = 0; k < choiceStatus.length; k++) if (choiceStatus[k] === CHOICE_ADMISSIBLE) proposers[choiceSchool[k]]++;
  const seatLimit = new Int32Array(schoolCount);
  for (let s = 0; s < schoolCount; s++) {
    seatLimit[s] = Math.min(schoolCapacity[s], proposers[s]);
    seatStart[s + 1] = seatStart[s] + seatLimit[s];
  }
  const heaps: HeldApplicantsHeaps = { keys: new Float64Array(seatStart[schoolCount]), choices: new Int32Array(seatStart[schoolCount]) };
  const seatCount = new Int32Array(schoolCount);
  const assigned = new Int32Array(n).fill(-1);
  const nextChoice = Int32Array.from(choiceStart.subarray(0, n));

  // Popping from the end proposes in index order first; any order gives the same matching.
  const free = new Int32Array(n);
  let freeCount = 0;
  for (let a = n - 1; a >= 0; a--) free[freeCount++] = a;

  let proposals = 0;
  while (freeCount > 0) {
    const a = free[--freeCount];
    const end = choiceStart[a + 1];
    let k = nextChoice[a];
    for (; k < end; k++) {
      if (choiceStatus[k] !== CHOICE_ADMISSIBLE) continue;
      proposals++;
      const s = choiceSchool[k];
      const key = choiceKey[k];
      const base = seatStart[s];
      if (seatCount[s] < seatLimit[s]) {
        pushHeld(heaps, base, seatCount[s]++, key, k);
        assigned[a] = k;
        break;
      }
      if (seatLimit[s] > 0 && key < heaps.keys[base]) {
        const rejected = choiceOwner[heaps.choices[base]];
        replaceWorstHeld(heaps, base, seatCount[s], key, k);
        assigned[a] = k;
        assigned[rejected] = -1;
        free[freeCount++] = rejected;
        break;
      }
    }
    nextChoice[a] = k + 1;
  }

  // The heaps hold choice indices (their key's owner); seats hold applicants.
  const seatApplicant = new Int32Array(seatStart[schoolCount]);
  const seatOf = new Int32Array(n).fill(-1);
  for (let s = 0; s < schoolCount; s++) {
    for (let i = seatStart[s]; i < seatStart[s] + seatCount[s]; i++) {
      const a = choiceOwner[heaps.choices[i]];
      seatApplicant[i] = a;
      seatOf[a] = i;
    }
  }
  return { matching: { assigned, seatStart, seatCount, seatApplicant, seatOf }, proposals };
}
