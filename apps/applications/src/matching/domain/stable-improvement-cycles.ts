import { CHOICE_ADMISSIBLE } from './choice-status';
import type { CompiledInstance } from './compiled-instance';
import type { IndexedMatching } from './deferred-acceptance';
import { TopDesirers } from './top-desirers';

export interface ImprovementOutcome {
  cycles: number;
  /** Distinct applicants moved. */
  applicantsMoved: number;
}

const UNVISITED = 0;
const ON_PATH = 1;
/** No cycle is reachable from the school (all its edges lead to dead schools). */
const DEAD = 2;

/**
 * Stable improvement cycles (Erdil & Ergin 2008, "What's the matter with tie-breaking?").
 * Breaking ties by lottery can leave applicants who could swap places without hurting
 * anyone's priority; a stable matching admits such a cycle exactly when another stable
 * matching makes every applicant at least as well off and someone better. So, until none
 * is left: find a cycle a1 -> a2 -> ... -> a1 where each a_i prefers a_(i+1)'s school and is
 * a top desirer there (best tier of the applicants who prefer it to their own placement),
 * and move everyone along it. The result stays stable for the weak rankings and is
 * constrained efficient.
 *
 * The search runs on schools: s -> t when an applicant placed at s is a top desirer of t
 * (then any seat of t will do, so a simple cycle of schools is a cycle of distinct
 * applicants). Unplaced applicants have no seat to give, so they are in no cycle (after DA
 * a school with a free place has no desirers, and each cycle keeps every school's count).
 *
 * One depth-first search is kept across cycles: each school has an edge cursor and a state;
 * a school is DEAD once all its edges lead to dead schools. A cycle found closes on the
 * path; it is applied, its schools leave the path (their seats changed) and the search
 * resumes from the school below them, whose edge into the cycle is still valid (its
 * applicant did not move, and a top tier changes only when all its desirers have left).
 * Moves only remove desirers, so edges appear in one way only: when a school's top tier
 * empties and the next tier's applicants become top desirers. If that school is not dead,
 * their schools are brought back (a dead one, and recursively the dead schools leading to
 * it; one on the path re-reads its edges), so "dead leads only to dead" stays true and
 * the search ends with no cycle left. Cost: O(edges) between cycles at worst, usually far
 * less, as dead schools stay dead.
 */
export function applyStableImprovementCycles(instance: CompiledInstance, matching: IndexedMatching): ImprovementOutcome {
  const { choiceStart, choiceStatus, choiceSchool, choiceOwner, schoolCount } = instance;
  const { assigned, seatStart, seatCount, seatApplicant, seatOf } = matching;
  const desirers = new TopDesirers(instance, matching);

  const state = new Uint8Array(schoolCount);
  const path = new Int32Array(schoolCount);
  const pathPosition = new Int32Array(schoolCount);
  /** The choice (of an applicant placed at path[i]) that leads to path[i + 1]. */
  const pathEdge = new Int32Array(schoolCount);
  const cursorSeat = new Int32Array(schoolCount);
  const cursorChoice = new Int32Array(schoolCount);
  let depth = 0;

  const pending = new Int32Array(schoolCount);
  const isPending = new Uint8Array(schoolCount);
  let pendingCount = 0;
  const schedule = (s: number) => {
    if (isPending[s]) return;
    isPending[s] = 1;
    pending[pendingCount++] = s;
  };

  const revivalStack: number[] = [];
  const exhausted: number[] = [];
  const cycleSeats = new Int32Array(schoolCount);
  const cycleFrom = new Int32Array(schoolCount);
  const moved = new Uint8Array(instance.applicantIds.length);
  let cycles = 0;
  let applicantsMoved = 0;

  /** The next edge out of school `x` from its cursor, as a choice index, or -1. */
  const nextEdge = (x: number): number => {
    const base = seatStart[x];
    for (let seat = cursorSeat[x]; seat < seatCount[x]; seat++) {
      const a = seatApplicant[base + seat];
      const end = assigned[a];
      for (let k = Math.max(cursorChoice[x], choiceStart[a]); k < end; k++) {
        if (choiceStatus[k] !== CHOICE_ADMISSIBLE || !desirers.isTopDesire(k) || state[choiceSchool[k]] === DEAD) continue;
        cursorSeat[x] = seat;
        cursorChoice[x] = k;
        return k;
      }
      cursorChoice[x] = 0;
    }
    cursorSeat[x] = seatCount[x];
    return -1;
  };

  const rewind = (x: number) => {
    cursorSeat[x] = 0;
    cursorChoice[x] = 0;
  };

  const enter = (x: number) => {
    state[x] = ON_PATH;
    pathPosition[x] = depth;
    path[depth++] = x;
    rewind(x);
  };

  /** A dead school `x` has gained a live successor: it, and the dead schools leading to it, are live again. */
  const revive = (x: number) => {
    if (state[x] !== DEAD) return;
    state[x] = UNVISITED;
    schedule(x);
    revivalStack.push(x);
    while (revivalStack.length > 0) {
      desirers.forEachTopDesire(revivalStack.pop() as number, (k) => {
        const held = assigned[choiceOwner[k]];
        if (held < 0) return;
        const from = choiceSchool[held];
        if (state[from] !== DEAD) return;
        state[from] = UNVISITED;
        schedule(from);
        revivalStack.push(from);
      });
    }
  };

  /** School `t`'s top tier emptied: its next tier's applicants are new edges into it. */
  const promoteNextTier = (t: number) => {
    desirers.settle(t);
    if (state[t] === DEAD) return; // edges into a dead school change nothing
    desirers.forEachTopDesire(t, (k) => {
      const held = assigned[choiceOwner[k]];
      if (held < 0) return;
      const from = choiceSchool[held];
      if (state[from] === DEAD) revive(from);
      else if (state[from] === ON_PATH) rewind(from);
    });
  };

  /** Moves every applicant of the path from position `first` up: each takes the next school's seat. */
  const applyCycle = (first: number) => {
    const length = depth - first;
    for (let i = 0; i < length; i++) cycleSeats[i] = seatOf[choiceOwner[pathEdge[first + i]]];
    for (let i = 0; i < length; i++) {
      const k = pathEdge[first + i];
      const a = choiceOwner[k];
      const seat = cycleSeats[(i + 1) % length];
      cycleFrom[i] = assigned[a];
      assigned[a] = k;
      seatApplicant[seat] = a;
      seatOf[a] = seat;
      if (!moved[a]) {
        moved[a] = 1;
        applicantsMoved++;
      }
    }
    for (let i = first; i < depth; i++) {
      state[path[i]] = UNVISITED;
      schedule(path[i]);
    }
    depth = first;
    cycles++;
    // Each mover leaves the desirers of every school from its new choice up to its old one.
    for (let i = 0; i < length; i++) {
      const k = pathEdge[first + i];
      for (let j = k; j < cycleFrom[i]; j++) {
        if (choiceStatus[j] === CHOICE_ADMISSIBLE && desirers.leave(j)) exhausted.push(choiceSchool[j]);
      }
    }
    while (exhausted.length > 0) promoteNextTier(exhausted.pop() as number);
  };

  for (let s = schoolCount - 1; s >= 0; s--) {
    if (seatCount[s] > 0) schedule(s);
    else state[s] = DEAD;
  }
  while (pendingCount > 0) {
    const root = pending[--pendingCount];
    isPending[root] = 0;
    if (state[root] !== UNVISITED) continue;
    enter(root);
    while (depth > 0) {
      const x = path[depth - 1];
      const k = nextEdge(x);
      if (k < 0) {
        state[x] = DEAD;
        depth--;
        continue;
      }
      pathEdge[depth - 1] = k;
      const t = choiceSchool[k];
      if (state[t] === ON_PATH) applyCycle(pathPosition[t]);
      else enter(t);
    }
  }
  return { cycles, applicantsMoved };
}
