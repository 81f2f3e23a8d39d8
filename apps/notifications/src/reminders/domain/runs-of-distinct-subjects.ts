/**
 * Splits plans, in order, into consecutive runs in which no subject comes twice: the plans
 * of one run can be decided from the rows as they stand before it and written together,
 * while a subject's later plan must see what its earlier one wrote, so it starts a new run.
 */
export function runsOfDistinctSubjects<P extends { subjectId: string }>(plans: readonly P[]): P[][] {
  const runs: P[][] = [];
  let run: P[] = [];
  let subjects = new Set<string>();
  for (const plan of plans) {
    const subject = plan.subjectId.toLowerCase();
    if (subjects.has(subject)) {
      runs.push(run);
      run = [];
      subjects = new Set();
    }
    run.push(plan);
    subjects.add(subject);
  }
  if (run.length) runs.push(run);
  return runs;
}
