import { APPLICATION_PROBLEMS, type ApplicationStatus } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';
import { v7 as uuidv7 } from 'uuid';
import { ApplicationErrors } from '../../applications/domain/application.errors';
import type { Db } from './requirements.repository';

/** An application as the requirements features need it: whose, which status, which choices in rank order. */
export interface ApplicationOutline {
  id: string;
  applicantId: string;
  season: number;
  status: ApplicationStatus;
  choices: Array<{ rank: number; exchangeProgramId: string }>;
}

/**
 * The caller's application (anyone else's does not exist for them: 404). With `lock`, its
 * row stays locked until the transaction ends, so a change of its documents, answers or
 * referees and its submission happen one after the other.
 */
export async function myApplication(db: Db, id: string, applicantId: string, options: { lock?: boolean } = {}): Promise<ApplicationOutline> {
  if (options.lock) await db.$queryRaw`SELECT id FROM applications WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await db.application.findUnique({
    where: { id },
    select: { id: true, applicantId: true, season: true, status: true, choices: { orderBy: { rank: 'asc' }, select: { rank: true, exchangeProgramId: true } } },
  });
  if (!row || row.applicantId !== applicantId) throw ApplicationErrors.notFound(id);
  return row;
}

/** Only a draft's documents, answers and referees change: a submitted application is locked. */
export function requireDraft(application: ApplicationOutline, what: string): void {
  if (application.status !== 'draft') {
    throw problemError(APPLICATION_PROBLEMS.locked, `A ${application.status} application’s ${what} no longer change`, [
      { field: 'status', rule: 'locked', message: application.status, params: { status: application.status } },
    ]);
  }
}

/** A line of the application's history (who did what, when), beside the applications feature's own. */
export async function addHistory(db: Db, applicationId: string, actorId: string | null, action: string, details: Record<string, unknown>, at: Date): Promise<void> {
  await db.applicationChange.create({ data: { id: uuidv7(), applicationId, actorId, action, details: JSON.parse(JSON.stringify(details)), at } });
}
