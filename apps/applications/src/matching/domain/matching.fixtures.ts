/**
 * A brute-force reference for the tests: every stable matching of a small instance, found
 * by enumerating all assignments, with stability judged against the programs' *weak*
 * rankings (ties not broken). Written from the definitions, sharing no code with the engine.
 */
import type { MatchingApplicant, MatchingInstance, MatchingProgram, MatchingResult } from './matching.types';

/** Choice index held by each applicant (in `instance.applicants` order), -1 when unplaced. */
export type Assignment = number[];

export function tierAt(program: MatchingProgram, applicantId: string): number {
  return program.ranking.findIndex((tier) => tier.includes(applicantId));
}

function programOf(instance: MatchingInstance, programId: string): MatchingProgram | undefined {
  return instance.programs.find((p) => p.id === programId);
}

export function placesFor(program: MatchingProgram, applicant: MatchingApplicant): number {
  return program.capacity[applicant.side];
}

/** Can the applicant be placed on that choice at all? */
export function admissible(instance: MatchingInstance, applicant: MatchingApplicant, choiceIndex: number): boolean {
  const choice = applicant.choices[choiceIndex];
  const program = programOf(instance, choice.programId);
  return !!program && choice.ineligibleRule === undefined && placesFor(program, applicant) > 0 && tierAt(program, applicant.id) >= 0;
}

/** The applicants of `side` the assignment places at `programId`. */
export function placedAt(instance: MatchingInstance, assignment: Assignment, programId: string, side: string): MatchingApplicant[] {
  return instance.applicants.filter(
    (a, i) => a.side === side && assignment[i] >= 0 && a.choices[assignment[i]].programId === programId,
  );
}

export function isFeasible(instance: MatchingInstance, assignment: Assignment): boolean {
  const placedOk = instance.applicants.every((a, i) => assignment[i] === -1 || admissible(instance, a, assignment[i]));
  return (
    placedOk &&
    instance.programs.every(
      (p) =>
        placedAt(instance, assignment, p.id, 'member').length <= p.capacity.member &&
        placedAt(instance, assignment, p.id, 'partner').length <= p.capacity.partner,
    )
  );
}

/** A blocking pair for the weak rankings, or null when the assignment is stable. */
export function blockingPair(instance: MatchingInstance, assignment: Assignment): { applicantId: string; programId: string } | null {
  for (const [i, a] of instance.applicants.entries()) {
    const held = assignment[i];
    const better = held === -1 ? a.choices.length : held;
    for (let c = 0; c < better; c++) {
      if (!admissible(instance, a, c)) continue;
      const program = programOf(instance, a.choices[c].programId) as MatchingProgram;
      const holders = placedAt(instance, assignment, program.id, a.side);
      const myTier = tierAt(program, a.id);
      if (holders.length < placesFor(program, a) || holders.some((b) => tierAt(program, b.id) > myTier)) {
        return { applicantId: a.id, programId: program.id };
      }
    }
  }
  return null;
}

/** Every stable matching (feasible, no blocking pair), by enumeration. */
export function allStableMatchings(instance: MatchingInstance): Assignment[] {
  const found: Assignment[] = [];
  const current: Assignment = [];
  const count = new Map<string, number>();
  const visit = (i: number) => {
    if (i === instance.applicants.length) {
      if (blockingPair(instance, current) === null) found.push([...current]);
      return;
    }
    const a = instance.applicants[i];
    current[i] = -1;
    visit(i + 1);
    for (let c = 0; c < a.choices.length; c++) {
      if (!admissible(instance, a, c)) continue;
      const program = programOf(instance, a.choices[c].programId) as MatchingProgram;
      const key = `${program.id}/${a.side}`;
      const used = count.get(key) ?? 0;
      if (used >= placesFor(program, a)) continue;
      count.set(key, used + 1);
      current[i] = c;
      visit(i + 1);
      count.set(key, used);
    }
    current[i] = -1;
  };
  visit(0);
  return found;
}

/** How an applicant values a choice index: lower is better, unplaced worst. */
export const preferenceValue = (applicant: MatchingApplicant, held: number): number => (held === -1 ? applicant.choices.length : held);

/** Does `x` Pareto-dominate `y` for the applicants (all at least as well off, someone better)? */
export function paretoDominates(instance: MatchingInstance, x: Assignment, y: Assignment): boolean {
  let strictly = false;
  for (const [i, a] of instance.applicants.entries()) {
    const vx = preferenceValue(a, x[i]);
    const vy = preferenceValue(a, y[i]);
    if (vx > vy) return false;
    if (vx < vy) strictly = true;
  }
  return strictly;
}

/** The engine's result as an assignment in `instance.applicants` order. */
export function assignmentOf(instance: MatchingInstance, result: MatchingResult): Assignment {
  const byId = new Map(result.outcomes.map((o) => [o.applicantId, o]));
  return instance.applicants.map((a) => byId.get(a.id)?.placement?.choiceIndex ?? -1);
}

/** 1-based competition rank among the program's ranked, eligible choosers of the same side. */
export function competitionRank(instance: MatchingInstance, program: MatchingProgram, applicant: MatchingApplicant): number {
  const myTier = tierAt(program, applicant.id);
  return (
    1 +
    instance.applicants.filter((b) => {
      if (b.side !== applicant.side) return false;
      const choice = b.choices.find((c) => c.programId === program.id);
      if (!choice || choice.ineligibleRule !== undefined) return false;
      const tier = tierAt(program, b.id);
      return tier >= 0 && tier < myTier;
    }).length
  );
}

/**
 * Whether the assignment admits a stable improvement cycle (Erdil & Ergin), checked from
 * scratch: school s -> school t when an applicant placed at s prefers t and is in the best
 * tier of all applicants who prefer t to their placement; any cycle is one. Polynomial, so
 * it checks the engine's incremental search on instances too large to enumerate.
 */
export function hasStableImprovementCycle(instance: MatchingInstance, assignment: Assignment): boolean {
  const schoolKey = (programId: string, side: string) => `${programId}/${side}`;
  const desirers = new Map<string, Array<{ index: number; tier: number }>>();
  instance.applicants.forEach((a, i) => {
    for (let c = 0; c < preferenceValue(a, assignment[i]); c++) {
      if (!admissible(instance, a, c)) continue;
      const program = programOf(instance, a.choices[c].programId) as MatchingProgram;
      const key = schoolKey(program.id, a.side);
      desirers.set(key, [...(desirers.get(key) ?? []), { index: i, tier: tierAt(program, a.id) }]);
    }
  });
  const edges = new Map<string, string[]>();
  for (const [target, list] of desirers) {
    const top = Math.min(...list.map((d) => d.tier));
    for (const { index, tier } of list) {
      const held = assignment[index];
      if (tier !== top || held === -1) continue;
      const a = instance.applicants[index];
      const from = schoolKey(a.choices[held].programId, a.side);
      edges.set(from, [...(edges.get(from) ?? []), target]);
    }
  }
  const colour = new Map<string, 'open' | 'done'>();
  const reachesCycle = (s: string): boolean => {
    if (colour.get(s) === 'open') return true;
    if (colour.get(s) === 'done') return false;
    colour.set(s, 'open');
    if ((edges.get(s) ?? []).some(reachesCycle)) return true;
    colour.set(s, 'done');
    return false;
  };
  return [...edges.keys()].some(reachesCycle);
}
