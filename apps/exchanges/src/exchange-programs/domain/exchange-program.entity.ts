import { pauseReasonOf } from '@scn/contracts';
import { AggregateRoot } from '@scn/platform/domain';
import { ValidationError } from '@scn/platform/errors';
import canonicalize from 'canonicalize';
import { programRef, programSchedule, type ProgramEvent } from './exchange-program.events';
import { ExchangeProgramErrors } from './exchange-program.errors';
import type { ExchangeProgramState, MatchingRunRef, PauseCause, ProgramField, ProgramFields, ProgramPartnership } from './exchange-program.state';
import { assertCanDo } from './exchange-program.transitions';
import { assertValidProgram } from './exchange-program.validation';

const FIELDS: readonly ProgramField[] = [
  'season', 'category', 'title', 'description', 'languages', 'direction', 'travelStart', 'travelEnd', 'applicationOpensAt',
  'applicationClosesAt', 'decisionReleaseAt', 'offerResponseDeadline', 'capacity', 'costs', 'eligibility',
];
/** What may still change once the window has closed: applicants were judged by the rest. */
const EDITABLE_AFTER_CLOSE: readonly ProgramField[] = ['decisionReleaseAt', 'offerResponseDeadline', 'title', 'description'];
const INSTANTS = ['applicationOpensAt', 'applicationClosesAt', 'decisionReleaseAt', 'offerResponseDeadline'] as const;

/**
 * An exchange program and its lifecycle. Each command checks the status, changes the
 * state, and records one history line and the events to emit (AggregateRoot; none for a
 * program still in draft: nobody outside its managers knows of it). Commands that find
 * nothing to do (opening an open window, resuming a running program) record nothing, so
 * the scheduler and the reactions to partnership and matching events may repeat them safely.
 */
export class ExchangeProgram extends AggregateRoot<ProgramEvent> {
  private constructor(private current: ExchangeProgramState) {
    super();
  }

  static restore(state: ExchangeProgramState): ExchangeProgram {
    return new ExchangeProgram({ ...state });
  }

  /** A new draft under `partnership` (whose being active the caller has checked). */
  static draft(id: string, partnership: ProgramPartnership, fields: ProgramFields): ExchangeProgram {
    const normalized = normalize(fields);
    assertValidProgram(normalized);
    const program = new ExchangeProgram({
      ...normalized,
      id,
      partnershipId: partnership.id,
      memberProgramId: partnership.memberProgramId,
      memberCityId: partnership.memberCityId,
      partnerCityId: partnership.partnerCityId,
      memberCountryCode: partnership.memberCountryCode,
      partnerCountryCode: partnership.partnerCountryCode,
      status: 'draft',
      paused: false,
      pauseCause: null,
      windowOpenedAt: null,
      windowClosedAt: null,
      cancelReason: null,
    });
    program.recordChange('created', { partnershipId: partnership.id, season: fields.season, title: fields.title });
    return program;
  }

  get state(): Readonly<ExchangeProgramState> {
    return this.current;
  }

  publish(now: Date): void {
    assertCanDo(this.current.status, 'publish');
    if (Date.parse(this.current.applicationClosesAt) <= now.getTime()) {
      throw new ValidationError([{ field: 'applicationClosesAt', rule: 'future', message: 'must be in the future to publish' }]);
    }
    this.current.status = 'published';
    this.recordChange('published');
    this.recordEvent({ type: 'exchange-program.published.v1', data: { ...programRef(this.current), ...programSchedule(this.current) } });
  }

  /** The scheduler opens the window when its opening time has come (nothing happens before, or twice). */
  openWindow(now: Date): void {
    assertCanDo(this.current.status, 'openWindow');
    if (this.current.windowOpenedAt !== null || now.getTime() < Date.parse(this.current.applicationOpensAt)) return;
    this.current.windowOpenedAt = now.toISOString();
    this.recordChange('window-opened');
    this.recordEvent({ type: 'exchange-program.window-opened.v1', data: { ...programRef(this.current), ...programSchedule(this.current) } });
  }

  /**
   * Ends the application window: on its closing time (scheduler), early (a manager), or
   * because its season's matching was committed (`run`: the history line names it).
   */
  closeWindow(now: Date, early = false, run?: MatchingRunRef): void {
    assertCanDo(this.current.status, 'closeWindow');
    this.current.status = 'closed';
    this.current.windowClosedAt = now.toISOString();
    this.recordChange('window-closed', { ...(early ? { early: true } : {}), ...matchingRunDetails(run) });
    this.recordEvent({ type: 'exchange-program.window-closed.v1', data: { ...programRef(this.current), ...programSchedule(this.current) } });
  }

  /** Places are allocated: by hand, or by the season's matching run (`run`: the history line names it). */
  allocate(run?: MatchingRunRef): void {
    this.step('allocate', 'allocated', 'allocated', matchingRunDetails(run));
  }

  start(): void {
    this.step('start', 'in_progress', 'started');
  }

  complete(): void {
    this.step('complete', 'completed', 'completed');
    this.recordEvent({ type: 'exchange-program.completed.v1', data: programRef(this.current) });
  }

  cancel(reason: string): void {
    assertCanDo(this.current.status, 'cancel');
    const announced = this.announced();
    this.current.status = 'cancelled';
    this.current.cancelReason = reason;
    this.recordChange('cancelled', { reason });
    if (announced) this.recordEvent({ type: 'exchange-program.cancelled.v1', data: { ...programRef(this.current), reason } });
  }

  /**
   * No new applications until resumed. The cause says why, as data (its partnership was
   * suspended, its managers paused it): what resumes it decides by the cause's code, and
   * consumers put it in their reader's words. A paused program keeps its first cause.
   */
  pause(cause: PauseCause): void {
    assertCanDo(this.current.status, 'pause');
    if (this.current.paused) return;
    this.current.paused = true;
    this.current.pauseCause = { ...cause };
    this.recordChange('paused', { cause });
    if (!this.announced()) return;
    // `reason` for consumers that predate `cause`.
    this.recordEvent({ type: 'exchange-program.paused.v1', data: { ...programRef(this.current), reason: pauseReasonOf(cause), cause } });
  }

  resume(): void {
    assertCanDo(this.current.status, 'resume');
    if (!this.current.paused) return;
    this.current.paused = false;
    this.current.pauseCause = null;
    this.recordChange('resumed');
    if (this.announced()) this.recordEvent({ type: 'exchange-program.resumed.v1', data: programRef(this.current) });
  }

  /** Changes fields under the same rules as a new program; once the window closed, only a few may change. */
  update(patch: Partial<ProgramFields>): void {
    assertCanDo(this.current.status, 'update');
    const next = normalize({ ...fieldsOf(this.current), ...patch });
    const changed = FIELDS.filter((field) => canonicalize(next[field]) !== canonicalize(this.current[field]));
    if (changed.length === 0) return;
    if (this.current.status === 'closed' || this.current.windowClosedAt !== null) {
      const locked = changed.filter((field) => !EDITABLE_AFTER_CLOSE.includes(field));
      if (locked.length > 0) throw ExchangeProgramErrors.fieldLocked(locked);
    }
    assertValidProgram(next);
    this.current = { ...this.current, ...next };
    this.recordChange('updated', { changed });
    if (!this.announced()) return;
    this.recordEvent({ type: 'exchange-program.updated.v1', data: { ...programRef(this.current), ...programSchedule(this.current), changed } });
  }

  private step(
    action: 'allocate' | 'start' | 'complete',
    status: ExchangeProgramState['status'],
    recordedAs: string,
    details: Record<string, unknown> = {},
  ): void {
    assertCanDo(this.current.status, action);
    this.current.status = status;
    this.recordChange(recordedAs, details);
  }

  /** Whether the program was ever made public (events of drafts would tell consumers of programs they never saw). */
  private announced(): boolean {
    return this.current.status !== 'draft';
  }
}

/** The history details naming the matching run that made a change (none for a manager's or the scheduler's). */
function matchingRunDetails(run: MatchingRunRef | undefined): Record<string, unknown> {
  return run ? { matchingRunId: run.runId } : {};
}

function fieldsOf(state: ExchangeProgramState): ProgramFields {
  return Object.fromEntries(FIELDS.map((field) => [field, state[field]])) as unknown as ProgramFields;
}

/** Instants in one form (UTC, milliseconds), so the same time given with another offset is no change. */
function normalize(fields: ProgramFields): ProgramFields {
  const result = { ...fields };
  for (const key of INSTANTS) {
    const value = result[key];
    if (value !== null) result[key] = new Date(value).toISOString();
  }
  return result;
}
