export const APPLY_STEPS = ['choices', 'requirements', 'submit'] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

export interface ApplyProgress {
  /** The draft's id once it exists (choosing programs creates it). */
  draftId: string | null;
  /** The draft's choices as the API holds them; the ranking on screen may be ahead of them. */
  savedChoices: number;
  /** Whether the ranking on screen differs from the one saved. */
  rankingChanged: boolean;
}

/**
 * Which steps may be opened: the requirements and the submission need a saved draft
 * whose ranking is the one on screen (requirements follow the choices); choosing is
 * always open while the application is a draft.
 */
export function reachableSteps(progress: ApplyProgress): Set<ApplyStep> {
  const ready = progress.draftId !== null && progress.savedChoices > 0 && !progress.rankingChanged;
  return new Set<ApplyStep>(ready ? APPLY_STEPS : ['choices']);
}

/** The step to show after an action: the wanted one when reachable, else the last reachable before it. */
export function settleStep(wanted: ApplyStep, progress: ApplyProgress): ApplyStep {
  const reachable = reachableSteps(progress);
  for (let index = APPLY_STEPS.indexOf(wanted); index >= 0; index -= 1) {
    const step = APPLY_STEPS[index] as ApplyStep;
    if (reachable.has(step)) return step;
  }
  return 'choices';
}
