import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient } from '@scn-prisma/applications';
import type { ApplicationView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import type { RecordedChange } from '@scn/platform/domain';
import { v7 as uuidv7 } from 'uuid';
import { sameChoices, type ApplicationState } from '../domain/application.state';
import { APPLICATION_INCLUDE, toApplicationState, toApplicationView, type WaitingPlace } from './application.mapper';

export type Tx = Prisma.TransactionClient;

/** Reads and writes applications with their choices and history. */
@Injectable()
export class ApplicationRepository {
  constructor(@Inject(DATABASE) readonly db: PrismaClient) {}

  /** The season of one of the applicant's applications (read before the season's lock is taken), or null when it is not theirs. */
  async seasonOfMine(applicationId: string, applicantId: string): Promise<number | null> {
    const found = await this.db.application.findFirst({ where: { id: applicationId, applicantId }, select: { season: true } });
    return found?.season ?? null;
  }

  /** Loads an application and locks its row until the transaction ends: concurrent commands run one after the other. */
  async lockForChange(tx: Tx, id: string): Promise<{ state: ApplicationState; revision: number } | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM applications WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    const row = await tx.application.findUniqueOrThrow({ where: { id }, include: { choices: { orderBy: { rank: 'asc' } } } });
    return { state: toApplicationState(row), revision: row.revision };
  }

  /** Loads many applications, locking their rows (in id order, as every bulk lock here is taken). */
  async lockManyForChange(tx: Tx, ids: readonly string[]): Promise<Array<{ state: ApplicationState; revision: number }>> {
    if (ids.length === 0) return [];
    await tx.$queryRaw`SELECT id FROM applications WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`;
    const rows = await tx.application.findMany({ where: { id: { in: [...ids] } }, include: { choices: { orderBy: { rank: 'asc' } } }, orderBy: { id: 'asc' } });
    return rows.map((row) => ({ state: toApplicationState(row), revision: row.revision }));
  }

  /** The applications (not withdrawn) that chose `exchangeProgramId`, in id order: the order they are locked in. */
  async openChoosing(tx: Tx, exchangeProgramId: string): Promise<string[]> {
    const rows = await tx.application.findMany({
      where: { status: { not: 'withdrawn' }, choices: { some: { exchangeProgramId } } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => row.id);
  }

  /**
   * Stores a new application. False when the applicant already holds one for the season
   * that is not withdrawn (the partial unique index decides, so two concurrent creations
   * cannot both succeed).
   */
  async insert(tx: Tx, state: ApplicationState): Promise<boolean> {
    const inserted = await tx.$executeRaw`
      INSERT INTO applications (id, applicant_id, season, status, updated_at)
      VALUES (${state.id}::uuid, ${state.applicantId}::uuid, ${state.season}, 'draft', now())
      ON CONFLICT (applicant_id, season) WHERE status <> 'withdrawn' DO NOTHING`;
    if (inserted === 0) return false;
    await this.writeChoices(tx, state);
    return true;
  }

  /** Writes the new state; the choices are rewritten only when they differ from `before`'s (most changes leave them). */
  async update(tx: Tx, state: ApplicationState, revision: number, before: ApplicationState): Promise<void> {
    await this.updateMany(tx, [{ state, revision, before }]);
  }

  /**
   * Writes the new states of many applications in one statement (arrays, a couple of dozen
   * parameters whatever their number); the revision check is a second guard behind the row
   * locks. Choices are rewritten only for those whose choices changed.
   */
  async updateMany(tx: Tx, entries: ReadonlyArray<{ state: ApplicationState; revision: number; before: ApplicationState }>): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map(({ state, revision }) => ({ id: state.id, revision, ...stateColumns(state) }));
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
    const updated = await tx.$executeRaw`
      UPDATE applications a
         SET status = v.status::"ApplicationStatus", submitted_at = v.submitted_at, withdrawn_at = v.withdrawn_at,
             withdraw_reason = v.withdraw_reason, withdraw_cause = v.withdraw_cause,
             placed_program_id = v.placed_program_id, placed_side = v.placed_side, placed_choice_rank = v.placed_choice_rank,
             decided_by_run_id = v.decided_by_run_id, release_due_at = v.release_due_at, decision_released_at = v.decision_released_at,
             decision_outcome = v.decision_outcome, decision_explanations = v.decision_explanations,
             offer_deadline = v.offer_deadline, offer_state = v.offer_state, offer_answered_at = v.offer_answered_at,
             nomination_state = v.nomination_state, nomination_program_id = v.nomination_program_id, nomination_side = v.nomination_side,
             nomination_decided_at = v.nomination_decided_at, nomination_decided_by = v.nomination_decided_by, nomination_reason = v.nomination_reason,
             revision = a.revision + 1, updated_at = now()
        FROM unnest(
               ${column('id')}::uuid[], ${column('revision')}::int[], ${column('status')}::text[], ${column('submittedAt')}::timestamptz[],
               ${column('withdrawnAt')}::timestamptz[], ${column('withdrawReason')}::text[], ${column('withdrawCause')}::text[],
               ${column('placedProgramId')}::uuid[], ${column('placedSide')}::text[], ${column('placedChoiceRank')}::int[],
               ${column('decidedByRunId')}::uuid[], ${column('releaseDueAt')}::timestamptz[], ${column('decisionReleasedAt')}::timestamptz[],
               ${column('decisionOutcome')}::text[], ${column('decisionExplanations')}::jsonb[],
               ${column('offerDeadline')}::timestamptz[], ${column('offerState')}::text[], ${column('offerAnsweredAt')}::timestamptz[],
               ${column('nominationState')}::text[], ${column('nominationProgramId')}::uuid[], ${column('nominationSide')}::text[],
               ${column('nominationDecidedAt')}::timestamptz[], ${column('nominationDecidedBy')}::uuid[], ${column('nominationReason')}::text[]
             ) AS v(id, revision, status, submitted_at, withdrawn_at, withdraw_reason, withdraw_cause,
                    placed_program_id, placed_side, placed_choice_rank, decided_by_run_id, release_due_at, decision_released_at,
                    decision_outcome, decision_explanations, offer_deadline, offer_state, offer_answered_at,
                    nomination_state, nomination_program_id, nomination_side, nomination_decided_at, nomination_decided_by, nomination_reason)
       WHERE a.id = v.id AND a.revision = v.revision`;
    if (updated !== entries.length) throw new Error(`${entries.length - updated} of ${entries.length} applications changed under their locks`);
    for (const { state, before } of entries) {
      if (sameChoices(before.choices, state.choices)) continue;
      await tx.applicationChoice.deleteMany({ where: { applicationId: state.id } });
      await this.writeChoices(tx, state);
    }
  }

  async addHistory(tx: Tx, applicationId: string, actorId: string | null, change: RecordedChange, at: Date): Promise<void> {
    await tx.applicationChange.create({
      data: { id: uuidv7(), applicationId, actorId, action: change.action, details: change.details as Prisma.InputJsonObject, at },
    });
  }

  /** Many history lines in one insert. */
  async addHistoryMany(tx: Tx, lines: ReadonlyArray<{ applicationId: string; change: RecordedChange }>, actorId: string | null, at: Date): Promise<void> {
    if (lines.length === 0) return;
    await tx.applicationChange.createMany({
      data: lines.map(({ applicationId, change }) => ({ id: uuidv7(), applicationId, actorId, action: change.action, details: change.details as Prisma.InputJsonObject, at })),
    });
  }

  /** The application as its applicant sees it, or null. */
  async view(id: string, tx: Tx | PrismaClient = this.db): Promise<ApplicationView | null> {
    const row = await tx.application.findUnique({ where: { id }, include: APPLICATION_INCLUDE });
    if (!row) return null;
    const titles = await this.titles(tx, row.choices.map((choice) => choice.exchangeProgramId));
    return toApplicationView(row, titles, await this.waiting(tx, id));
  }

  /** The waitlists the application is on, with its live position on each (those still waiting ahead, plus one). */
  async waiting(tx: Tx | PrismaClient, applicationId: string): Promise<WaitingPlace[]> {
    return (await this.waitingOf(tx, [applicationId])).get(applicationId) ?? [];
  }

  /** `waiting` of many applications in one statement (absent from the map: on no waitlist). */
  async waitingOf(tx: Tx | PrismaClient, applicationIds: readonly string[]): Promise<Map<string, WaitingPlace[]>> {
    const rows = await tx.$queryRaw<Array<WaitingPlace & { applicationId: string }>>`
      SELECT mine.application_id::text AS "applicationId", mine.exchange_program_id::text AS "exchangeProgramId", mine.choice_rank AS "choiceRank",
             (SELECT count(*)::int + 1 FROM waitlist_entries ahead
               WHERE ahead.exchange_program_id = mine.exchange_program_id AND ahead.side = mine.side
                 AND ahead.state = 'waiting' AND ahead.position < mine.position) AS position
        FROM waitlist_entries mine
       WHERE mine.application_id = ANY(${[...applicationIds]}::uuid[]) AND mine.state = 'waiting'
       ORDER BY mine.application_id, mine.choice_rank`;
    const byApplication = new Map<string, WaitingPlace[]>();
    for (const { applicationId, ...place } of rows) {
      const places = byApplication.get(applicationId) ?? [];
      places.push(place);
      byApplication.set(applicationId, places);
    }
    return byApplication;
  }

  /** Titles of the known programs among `ids`. */
  async titles(tx: Tx | PrismaClient, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await tx.knownProgram.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true } });
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  private async writeChoices(tx: Tx, state: ApplicationState): Promise<void> {
    if (state.choices.length === 0) return;
    await tx.applicationChoice.createMany({
      data: state.choices.map((choice, index) => ({ applicationId: state.id, rank: index + 1, exchangeProgramId: choice.exchangeProgramId, side: choice.side })),
    });
  }
}

/** An application's columns (besides its id, applicant, season and choices), as SQL parameters: ISO dates, JSON as text. */
function stateColumns(state: ApplicationState) {
  const { placement, decision, offer, nomination } = state;
  const at = (date: Date | null | undefined) => date?.toISOString() ?? null;
  return {
    status: state.status,
    submittedAt: at(state.submittedAt),
    withdrawnAt: at(state.withdrawnAt),
    withdrawReason: state.withdrawReason,
    withdrawCause: state.withdrawCause,
    placedProgramId: placement?.exchangeProgramId ?? null,
    placedSide: placement?.side ?? null,
    placedChoiceRank: placement?.choiceRank ?? null,
    decidedByRunId: decision?.runId ?? null,
    releaseDueAt: at(decision?.releaseDueAt),
    decisionReleasedAt: at(decision?.releasedAt),
    decisionOutcome: decision?.outcome ?? null,
    decisionExplanations: decision ? JSON.stringify(decision.explanations) : null,
    offerDeadline: at(offer?.deadline),
    offerState: offer?.state ?? null,
    offerAnsweredAt: at(offer?.answeredAt),
    nominationState: nomination?.state ?? null,
    nominationProgramId: nomination?.exchangeProgramId ?? null,
    nominationSide: nomination?.side ?? null,
    nominationDecidedAt: at(nomination?.decidedAt),
    nominationDecidedBy: nomination?.decidedBy ?? null,
    nominationReason: nomination?.reason ?? null,
  };
}
