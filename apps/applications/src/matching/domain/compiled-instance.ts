import {
  CHOICE_ADMISSIBLE,
  CHOICE_INELIGIBLE,
  CHOICE_NO_PLACES,
  CHOICE_NOT_RANKED,
  CHOICE_UNKNOWN_PROGRAM,
  sideIndex,
  UNKNOWN_PROGRAM_RULE,
} from './choice-status';
import { drawLottery } from './lottery';
import type { ApplicantSide, MatchingInstance } from './matching.types';
import { rankChoices } from './program-rankings';

/**
 * The instance turned into integer indices and flat typed arrays, which the algorithms
 * walk without allocating: applicants and programs are numbered in the order of their ids
 * (so the input's order does not matter), every (program, side) is a "school" with its own
 * capacity (school = 2 * program + side), and the choices of all applicants sit in one
 * array, applicant by applicant (`choiceStart[a]` .. `choiceStart[a + 1]`), best first.
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
  /** The failed rule of an ineligible choice (undefined elsewhere). */
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

/**
 * Numbers the ids in sorted order (the native sort of strings, by UTF-16 code units) and
 * returns, for each number, the position of that id in the input.
 */
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

function checkPlaces(programId: string, side: ApplicantSide, places: number): void {
  if (!Number.isInteger(places) || places < 0) {
    throw new Error(`matching: program "${programId}" has an invalid ${side} capacity (${String(places)})`);
  }
}

export function compileInstance(instance: MatchingInstance): CompiledInstance {
  const { order: applicantOrder, index: applicantIndex } = canonicalOrder(instance.applicants.map((a) => a.id), 'applicant');
  const { order: programOrder, index: programIndex } = canonicalOrder(instance.programs.map((p) => p.id), 'program');
  const applicants = Array.from(applicantOrder, (i) => instance.applicants[i]);
  const programs = Array.from(programOrder, (i) => instance.programs[i]);
  const n = applicants.length;
  const m = programs.length;

  const schoolCount = 2 * m;
  const schoolCapacity = new Int32Array(schoolCount);
  programs.forEach((p, i) => {
    checkPlaces(p.id, 'member', p.capacity.member);
    checkPlaces(p.id, 'partner', p.capacity.partner);
    schoolCapacity[2 * i] = Math.min(p.capacity.member, MAX_PLACES);
    schoolCapacity[2 * i + 1] = Math.min(p.capacity.partner, MAX_PLACES);
  });

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
  const choiceOwner = new Int32Array(totalChoices);
  const choiceSchool = new Int32Array(totalChoices).fill(-1);
  const choiceStatus = new Uint8Array(totalChoices);
  const choiceRule = new Array<string | undefined>(totalChoices);
  const unknownProgramIds = new Map<number, string>();
  // Marks which applicant last chose each program, to catch a program chosen twice in O(1).
  const lastChooser = new Int32Array(m).fill(-1);
  for (let a = 0; a < n; a++) {
    const applicant = applicants[a];
    applicant.choices.forEach((choice, c) => {
      const k = choiceStart[a] + c;
      const p = programIndex.get(choice.programId);
      const duplicate =
        p === undefined
          ? applicant.choices.findIndex((other) => other.programId === choice.programId) !== c
          : lastChooser[p] === a;
      if (duplicate) throw new Error(`matching: applicant "${applicant.id}" chose program "${choice.programId}" twice`);
      choiceOwner[k] = a;
      if (p === undefined) {
        choiceStatus[k] = CHOICE_UNKNOWN_PROGRAM;
        choiceRule[k] = UNKNOWN_PROGRAM_RULE;
        unknownProgramIds.set(k, choice.programId);
        return;
      }
      lastChooser[p] = a;
      const school = 2 * p + applicantSide[a];
      choiceSchool[k] = school;
      if (typeof choice.ineligibleRule === 'string') {
        choiceStatus[k] = CHOICE_INELIGIBLE;
        choiceRule[k] = choice.ineligibleRule;
      } else if (schoolCapacity[school] === 0) {
        choiceStatus[k] = CHOICE_NO_PLACES;
      } else {
        choiceStatus[k] = CHOICE_ADMISSIBLE; // until we find they are not ranked
      }
    });
  }

  const lottery = drawLottery(n, instance.seed);
  const { choiceTier, choiceRank } = rankChoices(programs, applicantIndex, choiceOwner, choiceSchool, choiceStatus);
  const choiceKey = new Float64Array(totalChoices);
  for (let k = 0; k < totalChoices; k++) {
    if (choiceStatus[k] !== CHOICE_ADMISSIBLE) continue;
    if (choiceTier[k] < 0) choiceStatus[k] = CHOICE_NOT_RANKED;
    else choiceKey[k] = choiceTier[k] * n + lottery[choiceOwner[k]];
  }

  return {
    seed: instance.seed,
    applicantIds: applicants.map((a) => a.id),
    applicantSide,
    lottery,
    programIds: programs.map((p) => p.id),
    programCapacity: programs.map((p) => ({ member: p.capacity.member, partner: p.capacity.partner })),
    schoolCount,
    schoolCapacity,
    choiceStart,
    choiceOwner,
    choiceSchool,
    choiceStatus,
    choiceRule,
    unknownProgramIds,
    choiceTier,
    choiceKey,
    choiceRank,
  };
}
