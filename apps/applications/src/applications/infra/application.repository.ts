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

  /** Writes the new state; the revision check is a second guard behind the row lock. */
  /** Writes the new state; the choices are rewritten only when they differ from `before`'s (most changes leave them). */
  async update(tx: Tx, state: ApplicationState, revision: number, before: ApplicationState): Promise<void> {
    const { count } = await tx.application.updateMany({
      where: { id: state.id, revision },
      data: {
        status: state.status,
        submittedAt: state.submittedAt,
        withdrawnAt: state.withdrawnAt,
        withdrawReason: state.withdrawReason,
        withdrawCause: state.withdrawCause,
        ...placementColumns(state),
        revision: { increment: 1 },
      },
    });
    if (count !== 1) throw new Error(`application ${state.id} changed under its lock (revision ${revision})`);
    if (sameChoices(before.choices, state.choices)) return;
    await tx.applicationChoice.deleteMany({ where: { applicationId: state.id } });
    await this.writeChoices(tx, state);
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

/** The columns of an application's placement, decision, offer and nomination. */
function placementColumns(state: ApplicationState) {
  const { placement, decision, offer, nomination } = state;
  return {
    placedProgramId: placement?.exchangeProgramId ?? null,
    placedSide: placement?.side ?? null,
    placedChoiceRank: placement?.choiceRank ?? null,
    decidedByRunId: decision?.runId ?? null,
    releaseDueAt: decision?.releaseDueAt ?? null,
    decisionReleasedAt: decision?.releasedAt ?? null,
    decisionOutcome: decision?.outcome ?? null,
    decisionExplanations: decision ? (decision.explanations as unknown as Prisma.InputJsonArray) : Prisma.DbNull,
    offerDeadline: offer?.deadline ?? null,
    offerState: offer?.state ?? null,
    offerAnsweredAt: offer?.answeredAt ?? null,
    nominationState: nomination?.state ?? null,
    nominationProgramId: nomination?.exchangeProgramId ?? null,
    nominationSide: nomination?.side ?? null,
    nominationDecidedAt: nomination?.decidedAt ?? null,
    nominationDecidedBy: nomination?.decidedBy ?? null,
    nominationReason: nomination?.reason ?? null,
  };
}
