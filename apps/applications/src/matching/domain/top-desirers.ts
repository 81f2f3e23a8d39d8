import { CHOICE_ADMISSIBLE } from './choice-status';
import type { CompiledInstance } from './compiled-instance';
import type { IndexedMatching } from './deferred-acceptance';

/**
 * For every school, the applicants who would rather be there than where they are (its
 * "desirers"), by tier of the program's weak ranking, and which of them are in the best
 * tier still present (the "top desirers"). An applicant may take a seat of the school in an
 * improvement cycle only if they are a top desirer: anyone in a strictly better tier who
 * still wants the school would otherwise have justified envy.
 *
 * Applicants only move up their lists, so a school's desirers only leave: each school's list
 * is sorted once by tier, and a cursor moves forward past the tiers that have emptied.
 * An unplaced applicant desires every admissible choice for good (they never move), which
 * is what keeps a lower tier away from a school someone better ranked still wants.
 */
export class TopDesirers {
  /** Per school, its desirers' choices (global indices), packed as tier * choices + choice, sorted. */
  private readonly start: Int32Array;
  private readonly entries: Float64Array;
  private readonly cursor: Int32Array;
  readonly topTier: Int32Array;
  private readonly topCount: Int32Array;
  private readonly choiceCount: number;

  constructor(
    private readonly instance: CompiledInstance,
    private readonly matching: IndexedMatching,
  ) {
    const { choiceStart, choiceStatus, choiceSchool, choiceTier, schoolCount } = instance;
    const n = instance.applicantIds.length;
    this.choiceCount = choiceStatus.length;
    this.start = new Int32Array(schoolCount + 1);
    for (let a = 0; a < n; a++) {
      for (let k = choiceStart[a]; k < this.desireEnd(a); k++) {
        if (choiceStatus[k] === CHOICE_ADMISSIBLE) this.start[choiceSchool[k] + 1]++;
      }
    }
    for (let s = 0; s < schoolCount; s++) this.start[s + 1] += this.start[s];
    this.entries = new Float64Array(this.start[schoolCount]);
    const fill = this.start.slice(0, schoolCount);
    for (let a = 0; a < n; a++) {
      for (let k = choiceStart[a]; k < this.desireEnd(a); k++) {
        if (choiceStatus[k] === CHOICE_ADMISSIBLE) this.entries[fill[choiceSchool[k]]++] = choiceTier[k] * this.choiceCount + k;
      }
    }
    this.cursor = this.start.slice(0, schoolCount);
    this.topTier = new Int32Array(schoolCount).fill(-1);
    this.topCount = new Int32Array(schoolCount);
    for (let s = 0; s < schoolCount; s++) {
      this.entries.subarray(this.start[s], this.start[s + 1]).sort();
      this.settle(s);
    }
  }

  /** Whether the owner of choice `k` still prefers it to where they are. */
  desires(k: number): boolean {
    const held = this.matching.assigned[this.instance.choiceOwner[k]];
    return held < 0 || k < held;
  }

  /** Whether choice `k` (admissible) makes its owner a top desirer of its school. */
  isTopDesire(k: number): boolean {
    return this.instance.choiceTier[k] === this.topTier[this.instance.choiceSchool[k]];
  }

  /**
   * The owner of choice `k` has moved to a choice at least as good: they leave the school's
   * desirers. Returns true when the school's top tier has emptied; the caller then calls
   * `settle` once every departure of the move is recorded (settling earlier would count
   * applicants who are about to leave as well).
   */
  leave(k: number): boolean {
    if (!this.isTopDesire(k)) return false;
    return --this.topCount[this.instance.choiceSchool[k]] === 0;
  }

  /** Moves the school's cursor to the best tier with desirers left and counts them. */
  settle(s: number): void {
    const end = this.start[s + 1];
    let position = this.cursor[s];
    while (position < end && !this.desires(this.choiceAt(position))) position++;
    this.cursor[s] = position;
    this.topTier[s] = -1;
    this.topCount[s] = 0;
    if (position === end) return;
    const tier = this.tierAt(position);
    let count = 0;
    for (let p = position; p < end && this.tierAt(p) === tier; p++) if (this.desires(this.choiceAt(p))) count++;
    this.topTier[s] = tier;
    this.topCount[s] = count;
  }

  /** Calls `visit(choice)` for every top desirer's choice of school `s`. */
  forEachTopDesire(s: number, visit: (k: number) => void): void {
    const end = this.start[s + 1];
    const tier = this.topTier[s];
    if (tier < 0) return;
    for (let p = this.cursor[s]; p < end && this.tierAt(p) === tier; p++) {
      const k = this.choiceAt(p);
      if (this.desires(k)) visit(k);
    }
  }

  private desireEnd(a: number): number {
    const held = this.matching.assigned[a];
    return held < 0 ? this.instance.choiceStart[a + 1] : held;
  }

  private tierAt(position: number): number {
    return Math.floor(this.entries[position] / this.choiceCount);
  }

  private choiceAt(position: number): number {
    const packed = this.entries[position];
    return packed - Math.floor(packed / this.choiceCount) * this.choiceCount;
  }
}
