import { UNKNOWN_PROGRAM_RULE, sideIndex } from './choice-status';
import type { MatchingInstance, ProgramCapacity } from './matching.types';

/**
 * An instance already in integer indices: what the service reads a season into (its SQL
 * hands over rows in id order, and each choice's score tier is computed next to the choice),
 * and what a `MatchingInstance` of ids becomes before compiling. Handing the engine indices
 * spares it a lookup of a string id per ranking entry, the most expensive part of reading
 * a large instance.
 *
 * Applicants and programs are numbered by their ids in ascending order (the native sort of
 * strings): the canonical order that makes the result independent of the input's order.
 * A choice's school is (program, side): the side can differ between an applicant's choices
 * (someone who lives in the member city of one partnership and the partner city of another).
 */
export interface IndexedInstance {
  seed: string;
  /** Strictly ascending. */
  applicantIds: string[];
  /** 0 = member, 1 = partner: the side an outcome reports when the applicant is not placed. */
  applicantSide: Uint8Array;
  /** Strictly ascending. */
  programIds: string[];
  programCapacity: ProgramCapacity[];
  /** Applicant a's choices are choiceStart[a] .. choiceStart[a + 1] - 1, best first. */
  choiceStart: Int32Array;
  /** Index into programIds; -1 when the choice names a program the instance does not have. */
  choiceProgram: Int32Array;
  /** 0 = member, 1 = partner: whose places the choice competes for. */
  choiceSide: Uint8Array;
  /** The choice's tier in its program's weak ranking (0 = best); -1 when not ranked there. */
  choiceTier: Int32Array;
  /** How many tiers each program's ranking has (choiceTier < programTierCount). */
  programTierCount: Int32Array;
  /** The failed rule of an ineligible choice, or why a choice names no program of the instance. */
  choiceRule: Array<string | undefined>;
  /** The program id of each choice naming no program of the instance. */
  unknownProgramIds: Map<number, string>;
}

/** Numbers ids in ascending order; returns, for each number, the position of that id in the input. */
function canonicalOrder(ids: string[], what: string): { order: Int32Array; index: Map<string, number> } {
  const sorted = [...ids].sort();
  const index = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) throw new Error(`matching: duplicate ${what} id "${sorted[i]}"`);
    index.set(sorted[i], i);
  }
  const order = new Int32Array(ids.length);
  ids.forEach((id, position) => (order[index.get(id) as number] = position));
  return { order, index };
}

/** A `MatchingInstance` of ids in indices. */
export function indexInstance(instance: MatchingInstance): IndexedInstance {
  const { order: applicantOrder, index: applicantIndex } = canonicalOrder(instance.applicants.map((a) => a.id), 'applicant');
  const { order: programOrder, index: programIndex } = canonicalOrder(instance.programs.map((p) => p.id), 'program');
  const applicants = Array.from(applicantOrder, (i) => instance.applicants[i]);
  const programs = Array.from(programOrder, (i) => instance.programs[i]);
  const n = applicants.length;

  const applicantSide = new Uint8Array(n);
  const choiceStart = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) {
    const side = applicants[a].side;
    if (side !== 'member' && side !== 'partner') {
      throw new Error(`matching: applicant "${applicants[a].id}" has an unknown side (${String(side)})`);
    }
    applicantSide[a] = sideIndex(side);
    choiceStart[a + 1] = choiceStart[a] + applicants[a].choices.length;
  }
  const totalChoices = choiceStart[n];
  const choiceProgram = new Int32Array(totalChoices);
  const choiceSide = new Uint8Array(totalChoices);
  const choiceRule = new Array<string | undefined>(totalChoices);
  const unknownProgramIds = new Map<number, string>();
  for (let a = 0; a < n; a++) {
    const choices = applicants[a].choices;
    for (let c = 0; c < choices.length; c++) {
      const k = choiceStart[a] + c;
      const p = programIndex.get(choices[c].programId);
      choiceSide[k] = applicantSide[a];
      choiceRule[k] = choices[c].ineligibleRule;
      if (p !== undefined) {
        choiceProgram[k] = p;
        continue;
      }
      if (choices.findIndex((other) => other.programId === choices[c].programId) !== c) {
        throw new Error(`matching: applicant "${applicants[a].id}" chose program "${choices[c].programId}" twice`);
      }
      choiceProgram[k] = -1;
      choiceRule[k] = UNKNOWN_PROGRAM_RULE;
      unknownProgramIds.set(k, choices[c].programId);
    }
  }
  const { choiceTier, programTierCount } = tiersOfChoices(programs, applicantIndex, choiceStart, choiceProgram);
  return {
    seed: instance.seed,
    applicantIds: applicants.map((a) => a.id),
    applicantSide,
    programIds: programs.map((p) => p.id),
    programCapacity: programs.map((p) => ({ member: p.capacity.member, partner: p.capacity.partner })),
    choiceStart,
    choiceProgram,
    choiceSide,
    choiceTier,
    programTierCount,
    choiceRule,
    unknownProgramIds,
  };
}

/**
 * Reads each program's weak ranking (tiers of applicant ids) into the choices: the tier of
 * every choice the program ranks. Applicants a program ranks but who did not choose it, or
 * who are not in the instance, are skipped.
 *
 * A ranking lists ids in no useful order and there are about as many entries as choices,
 * so the walk over it touches only small arrays: each ranked applicant's tier is marked in
 * per-applicant arrays, then the program's choosers (found beforehand in one pass) read
 * their mark. Random writes into the large per-choice arrays would cost several cache
 * misses per entry.
 */
function tiersOfChoices(
  programs: MatchingInstance['programs'],
  applicantIndex: Map<string, number>,
  choiceStart: Int32Array,
  choiceProgram: Int32Array,
): { choiceTier: Int32Array; programTierCount: Int32Array } {
  const totalChoices = choiceProgram.length;
  const m = programs.length;
  const n = applicantIndex.size;
  const choiceOwner = new Int32Array(totalChoices);
  for (let a = 0; a < n; a++) choiceOwner.fill(a, choiceStart[a], choiceStart[a + 1]);

  const choosersStart = new Int32Array(m + 1);
  for (let k = 0; k < totalChoices; k++) if (choiceProgram[k] >= 0) choosersStart[choiceProgram[k] + 1]++;
  for (let p = 0; p < m; p++) choosersStart[p + 1] += choosersStart[p];
  const choosers = new Int32Array(choosersStart[m]);
  const fill = choosersStart.slice(0, m);
  for (let k = 0; k < totalChoices; k++) if (choiceProgram[k] >= 0) choosers[fill[choiceProgram[k]]++] = k;

  const choiceTier = new Int32Array(totalChoices).fill(-1);
  const programTierCount = new Int32Array(m);
  const markedBy = new Int32Array(n).fill(-1);
  const markedTier = new Int32Array(n);
  for (let p = 0; p < m; p++) {
    const ranking = programs[p].ranking;
    programTierCount[p] = ranking.length;
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
      if (markedBy[choiceOwner[k]] === p) choiceTier[k] = markedTier[choiceOwner[k]];
    }
  }
  return { choiceTier, programTierCount };
}
