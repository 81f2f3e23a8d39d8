/**
 * The baseline: deferred acceptance written the obvious way, round-based Gale-Shapley with
 * Maps and objects. Each round every free applicant proposes to their next choice; each
 * school adds the proposals to what it holds, sorts by priority, keeps its capacity and
 * rejects the rest. Same tie-breaking (the engine's lottery), so its matching must be the
 * engine's deferred-acceptance matching exactly.
 */
import { drawLottery, type MatchingApplicant, type MatchingInstance } from '../../apps/applications/src/matching/domain';

export interface BaselineOutcome {
  /** applicant id -> program id (absent when unplaced). */
  placements: Map<string, string>;
  proposals: number;
  rounds: number;
}

export function baselineDeferredAcceptance(instance: MatchingInstance): BaselineOutcome {
  const applicantIds = instance.applicants.map((a) => a.id).sort();
  const lotteryNumbers = drawLottery(applicantIds.length, instance.seed);
  const lottery = new Map(applicantIds.map((id, i) => [id, lotteryNumbers[i]]));

  const priority = new Map<string, Map<string, number>>();
  const capacity = new Map<string, number>();
  for (const program of instance.programs) {
    const keys = new Map<string, number>();
    program.ranking.forEach((tier, t) => tier.forEach((id) => keys.set(id, t * applicantIds.length + (lottery.get(id) ?? 0))));
    priority.set(program.id, keys);
    capacity.set(`${program.id}/member`, program.capacity.member);
    capacity.set(`${program.id}/partner`, program.capacity.partner);
  }

  const byId = new Map(instance.applicants.map((a) => [a.id, a]));
  const next = new Map<string, number>(instance.applicants.map((a) => [a.id, 0]));
  const held = new Map<string, Array<{ applicant: string; program: string; key: number }>>();
  let free = instance.applicants;
  let proposals = 0;
  let rounds = 0;
  while (free.length > 0) {
    rounds++;
    const proposalsBySchool = new Map<string, Array<{ applicant: string; program: string; key: number }>>();
    for (const applicant of free) {
      let i = next.get(applicant.id) ?? 0;
      for (; i < applicant.choices.length; i++) {
        const choice = applicant.choices[i];
        const key = priority.get(choice.programId)?.get(applicant.id);
        const school = `${choice.programId}/${applicant.side}`;
        if (choice.ineligibleRule !== undefined || key === undefined || !capacity.get(school)) continue;
        proposals++;
        const list = proposalsBySchool.get(school) ?? [];
        list.push({ applicant: applicant.id, program: choice.programId, key });
        proposalsBySchool.set(school, list);
        break;
      }
      next.set(applicant.id, i + 1);
    }
    const rejected: string[] = [];
    for (const [school, proposed] of proposalsBySchool) {
      const all = [...(held.get(school) ?? []), ...proposed].sort((x, y) => x.key - y.key);
      const places = capacity.get(school) ?? 0;
      held.set(school, all.slice(0, places));
      for (const r of all.slice(places)) rejected.push(r.applicant);
    }
    free = rejected.map((id) => byId.get(id) as MatchingApplicant);
  }

  const placements = new Map<string, string>();
  for (const list of held.values()) for (const h of list) placements.set(h.applicant, h.program);
  return { placements, proposals, rounds };
}
