import type { MessageId } from '../../i18n/locales';
import type { ManagedProgram } from './staff-queries';

// What a program's managers may do with it in its status, as the exchanges service decides
// (apps/exchanges/src/exchange-programs/domain/exchange-program.transitions.ts and the
// entity's EDITABLE_AFTER_CLOSE): the page offers only those, and the service still checks
// (a step refused meanwhile answers 409 EXCHANGE_PROGRAM.ILLEGAL_TRANSITION, shown as such).

export type ProgramStatus = ManagedProgram['status'];
/** The routes `POST /v1/manage/exchange-programs/{id}/<step>`. */
export type ProgramStep = 'publish' | 'close' | 'allocate' | 'start' | 'complete' | 'cancel';

/** `draft → published → closed → allocated → in_progress → completed`: the one step forward from each status. */
const NEXT: Partial<Record<ProgramStatus, Exclude<ProgramStep, 'cancel'>>> = {
  draft: 'publish',
  published: 'close',
  closed: 'allocate',
  allocated: 'start',
  in_progress: 'complete',
};
/** Statuses a program may be cancelled from: any before it completed. */
const CANCELLABLE: readonly ProgramStatus[] = ['draft', 'published', 'closed', 'allocated', 'in_progress'];

/** The steps a program in `status` may take, the step forward first; none once completed or cancelled. */
export function stepsFor(status: ProgramStatus): ProgramStep[] {
  const next = NEXT[status];
  return [...(next ? [next] : []), ...(CANCELLABLE.includes(status) ? (['cancel'] as const) : [])];
}

/** The fields that may still change once the application window has closed (applicants were judged by the rest). */
export const EDITABLE_AFTER_CLOSE = ['title', 'description', 'decisionReleaseAt', 'offerResponseDeadline'] as const;

/**
 * What of a program may still change: everything while a draft or published with its window
 * not yet closed; only `EDITABLE_AFTER_CLOSE` once the window closed (until allocation);
 * nothing once its places are allocated, or it ended.
 */
export type EditScope = 'all' | 'after-close' | 'none';

export function editScope(program: Pick<ManagedProgram, 'status' | 'windowClosedAt'>): EditScope {
  if (program.status !== 'draft' && program.status !== 'published' && program.status !== 'closed') return 'none';
  return program.status === 'closed' || program.windowClosedAt !== null ? 'after-close' : 'all';
}

/** A program's fields (and its status) by name, as the page labels them: for the API's field errors and the history's changes. */
const FIELD_LABELS: Record<string, MessageId> = {
  status: 'staffPrograms.column.status',
  partnershipId: 'staffPrograms.form.partnership',
  season: 'staffPrograms.form.season',
  category: 'staffPrograms.form.category',
  title: 'staffPrograms.form.title',
  description: 'staffPrograms.form.description',
  languages: 'staffPrograms.form.languages',
  direction: 'staffPrograms.form.direction',
  travelStart: 'staffPrograms.form.travelStart',
  travelEnd: 'staffPrograms.form.travelEnd',
  applicationOpensAt: 'staffPrograms.form.opensAt',
  applicationClosesAt: 'staffPrograms.form.closesAt',
  decisionReleaseAt: 'staffPrograms.field.decisionAt',
  offerResponseDeadline: 'staffPrograms.field.offerDeadline',
  capacity: 'staffPrograms.form.capacity',
  costs: 'staffPrograms.form.costs',
  eligibility: 'staffPrograms.form.eligibility',
  reason: 'staffPrograms.cancel.reason',
  note: 'staffPrograms.pause.note',
};

/** The label of a field path's first part (`capacity.member` → Places), or null for a field the page does not name. */
export function fieldLabelId(path: string): MessageId | null {
  return FIELD_LABELS[path.split('.')[0] ?? ''] ?? null;
}
