import {
  CHOICE_ADMISSIBLE,
  CHOICE_INELIGIBLE,
  CHOICE_NO_PLACES,
  CHOICE_NOT_RANKED,
  CHOICE_UNKNOWN_PROGRAM,
} from './choice-status';
import { indexInstance, type IndexedInstance } from './indexed-instance';
import { drawLottery } from './lottery';
import type { ApplicantSide, MatchingInstance } from './matching.types';
import { competitionRanks } from './program-rankings';

/**
 * The instance turned into integer indices and flat typed arrays, which the algorithms
 * walk without allocating: applicants and programs are numbered in the order of their ids
 * (so the input's order does not matter), every (program, side) is a "school" with its own
 * capacity (school = 2 * program + side), and the choices of all applicants sit in one
 * array, applicant by applicant (`choiceStart[a]` .. `choiceStart[a + 1]`), best first,
 * each with its status, tier, competition rank and tie-broken key.
 */
export interface CompiledInstance {
  seed: string;
  applicantIds: string[];
  /** 0 = member, 1 = partner. */
  applicantSide: Uint8Array;
  /** 0-based lottery number of each applicant. */
  lottery: Int32Array;
  programIds: string[];
  programCapacity: Array<{ member: number; partner: number }>;
  schoolCount: number;
  /** Places per school, capped to what an Int32Array holds. */
  schoolCapacity: Int32Array;
  choiceStart: Int32Array;
  choiceOwner: Int32Array;
  /** -1 when the program is unknown. */
  choiceSchool: Int32Array;
  choiceStatus: Uint8Array;
  /** The failed rule of an ineligible choice, or why a choice names no program of the instance (undefined elsewhere). */
  choiceRule: Array<string | undefined>;
  /** The program id of each choice naming no known program. */
  unknownProgramIds: Map<number, string>;
  /** Index of the program's tier holding the applicant; -1 when not ranked. */
  choiceTier: Int32Array;
  /**
   * The strict priority after tie-breaking (lower is better): tier * applicants + lottery.
   * Exact in a double for any realistic size (below 2^53).
   */
  choiceKey: Float64Array;
  /** 1-based competition rank among the school's competitors (0 if not admissible). */
  choiceRank: Int32Array;
}

const MAX_PLACES = 0x7fffffff;

function checkPlaces(programId: string, side: ApplicantSide, places: number): void {
  if (!Number.isInteger(places) || places < 0) {
    throw new Error(`matching: program "${programId}" has an invalid ${side} capacity (${String(places)})`);
  }
}

function checkAscending(ids: readonly string[], what: string): void {
  for (let i = 1; i < ids.length; i++) {
    if (ids[i - 1] >= ids[i]) throw new Error(`matching: ${what} ids must be distinct and ascending ("${ids[i - 1]}", "${ids[i]}")`);
  }
}

/** An instance of ids, compiled (see `indexInstance` for how ids become indices). */
export function compileInstance(instance: MatchingInstance): CompiledInstance {
  return compileIndexed(indexInstance(instance));
}

/** An instance already in indices, compiled: statuses, the lottery, competition ranks and keys. */
export function compileIndexed(input: IndexedInstance): CompiledInstance {
  const { applicantIds, programIds, programCapacity, choiceStart, choiceProgram, choiceSide, choiceTier, choiceRule } = input;
  checkAscending(applicantIds, 'applicant');
  checkAscending(programIds, 'program');
  const n = applicantIds.length;
  const m = programIds.length;

  const schoolCount = 2 * m;
  const schoolCapacity = new Int32Array(schoolCount);
  for (let p = 0; p < m; p++) {
    checkPlaces(programIds[p], 'member', programCapacity[p].member);
    checkPlaces(programIds[p], 'partner', programCapacity[p].partner);
    schoolCapacity[2 * p] = Math.min(programCapacity[p].member, MAX_PLACES);
    schoolCapacity[2 * p + 1] = Math.min(programCapacity[p].partner, MAX_PLACES);
  }

  const totalChoices = choiceStart[n];
  const choiceOwner = new Int32Array(totalChoices);
  const choiceSchool = new Int32Array(totalChoices).fill(-1);
  const choiceStatus = new Uint8Array(totalChoices);
  // Marks which applicant last chose each program, to catch a program chosen twice in O(1).
  const lastChooser = new Int32Array(m).fill(-1);
  for (let a = 0; a < n; a++) {
    for (let k = choiceStart[a]; k < choiceStart[a + 1]; k++) {
      choiceOwner[k] = a;
      const p = choiceProgram[k];
      if (p < 0) {
        choiceStatus[k] = CHOICE_UNKNOWN_PROGRAM;
        continue;
      }
      if (lastChooser[p] === a) throw new Error(`matching: applicant "${applicantIds[a]}" chose program "${programIds[p]}" twice`);
      lastChooser[p] = a;
      const school = 2 * p + choiceSide[k];
      choiceSchool[k] = school;
      if (typeof choiceRule[k] === 'string') choiceStatus[k] = CHOICE_INELIGIBLE;
      else if (schoolCapacity[school] === 0) choiceStatus[k] = CHOICE_NO_PLACES;
      else if (choiceTier[k] < 0) choiceStatus[k] = CHOICE_NOT_RANKED;
      else choiceStatus[k] = CHOICE_ADMISSIBLE;
    }
  }

  const lottery = drawLottery(n, input.seed);
  const choiceRank = competitionRanks(choiceSchool, choiceStatus, choiceTier, input.programTierCount);
  const choiceKey = new Float64Array(totalChoices);
  for (let k = 0; k < totalChoices; k++) {
    if (choiceStatus[k] === CHOICE_ADMISSIBLE) choiceKey[k] = choiceTier[k] * n + lottery[choiceOwner[k]];
  }

  return {
    seed: input.seed,
    applicantIds,
    applicantSide: input.applicantSide,
    lottery,
    programIds,
    programCapacity,
    schoolCount,
    schoolCapacity,
    choiceStart,
    choiceOwner,
    choiceSchool,
    choiceStatus,
    choiceRule,
    unknownProgramIds: input.unknownProgramIds,
    choiceTier,
    choiceKey,
    choiceRank,
  };
}
