/** At most this many programs per application (the API refuses more). */
export const MAX_CHOICES = 10;

export interface Choice {
  exchangeProgramId: string;
  title: string;
  season: number;
}

/**
 * Adds a program at the bottom of the ranking or takes it out. Every choice is of one
 * season (one application per season): choosing a program of another season starts the
 * ranking afresh with it; the list never grows past MAX_CHOICES.
 */
export function toggleChoice(list: readonly Choice[], program: Choice): Choice[] {
  if (list.some((choice) => choice.exchangeProgramId === program.exchangeProgramId)) {
    return list.filter((choice) => choice.exchangeProgramId !== program.exchangeProgramId);
  }
  if (list.length > 0 && list[0]?.season !== program.season) return [program];
  if (list.length >= MAX_CHOICES) return [...list];
  return [...list, program];
}

/** The ranking with the choice at `from` moved to `to` (drag and drop, or the move buttons). */
export function moveChoice<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/**
 * The API's eligibility problems by the program they concern: it names a choice by its
 * index (`choices.0.exchangeProgramId`, `choices.2.documents.passport-copy`), which the
 * ranking shown may no longer match once re-ordered, so they are tied to the program id.
 */
export function problemsByProgram(
  errors: ReadonlyArray<{ field: string; message: string }>,
  submittedOrder: readonly string[],
): { byProgram: Map<string, string[]>; general: string[] } {
  const byProgram = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const match = /^(?:body\.)?choices\.(\d+)(?:\.|$)/.exec(error.field);
    const programId = match ? submittedOrder[Number(match[1])] : undefined;
    if (programId) byProgram.set(programId, [...(byProgram.get(programId) ?? []), error.message]);
    else general.push(error.message);
  }
  return { byProgram, general };
}
