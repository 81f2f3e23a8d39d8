import type { KnownExchangeProgram, Prisma } from '@scn-prisma/notifications';
import type { DomainEvent } from '@scn/contracts';
import type { RawSql } from '@scn/platform';
import type { ExchangeProgramEventType } from '../domain/followed-events';

/** The status a program has after each event (as far as this service needs to know). */
const STATUS_AFTER: Record<ExchangeProgramEventType, string | null> = {
  'exchange-program.published.v1': 'published',
  'exchange-program.updated.v1': null,
  'exchange-program.window-opened.v1': 'open',
  'exchange-program.window-closed.v1': 'closed',
  'exchange-program.paused.v1': 'paused',
  'exchange-program.resumed.v1': 'open',
  'exchange-program.cancelled.v1': 'cancelled',
  'exchange-program.completed.v1': 'completed',
};
const FINAL = new Set(['cancelled', 'completed']);

function dateOnly(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/**
 * Brings the known exchange program up to date; events with a schedule carry all its dates.
 * Returns null for an event about a program this service never saw published (nothing to
 * remind anyone of) or older than the last applied.
 */
export async function applyExchangeProgramEvent(
  tx: Prisma.TransactionClient,
  event: DomainEvent<ExchangeProgramEventType>,
): Promise<KnownExchangeProgram | null> {
  const data = event.data as DomainEvent<ExchangeProgramEventType>['data'] & Record<string, unknown>;
  const time = new Date(event.time);
  await tx.$executeRawUnsafe(`SELECT 1 FROM known_exchange_programs WHERE id = $1::uuid FOR UPDATE`, data.exchangeProgramId);
  const existing = await tx.knownExchangeProgram.findUnique({ where: { id: data.exchangeProgramId } });
  if (existing && existing.lastChangedAt > time) return null;
  const next = STATUS_AFTER[event.type];
  const status = existing && FINAL.has(existing.status) ? existing.status : (next ?? existing?.status ?? 'published');
  const schedule =
    typeof data.applicationClosesAt === 'string'
      ? {
          applicationOpensAt: new Date(data.applicationOpensAt as string),
          applicationClosesAt: new Date(data.applicationClosesAt),
          decisionReleaseAt: typeof data.decisionReleaseAt === 'string' ? new Date(data.decisionReleaseAt) : null,
          travelStart: dateOnly(data.travelStart as string),
          travelEnd: dateOnly(data.travelEnd as string),
        }
      : null;
  const ref = {
    partnershipId: data.partnershipId,
    memberProgramId: data.memberProgramId,
    title: data.title,
    category: data.category,
    season: data.season,
    status,
    lastChangedAt: time,
  };
  if (existing) {
    return tx.knownExchangeProgram.update({ where: { id: existing.id }, data: { ...ref, ...(schedule ?? {}) } });
  }
  if (!schedule) return null;
  return tx.knownExchangeProgram.create({ data: { id: data.exchangeProgramId, ...ref, ...schedule } });
}

/** The known programs among `ids`: title, partnership and member program (a program never seen published is left out). */
export async function knownPrograms(
  tx: RawSql,
  ids: readonly string[],
): Promise<Map<string, { title: string; partnershipId: string; memberProgramId: string | null }>> {
  if (!ids.length) return new Map();
  const programs = await tx.$queryRawUnsafe<Array<{ id: string; title: string; partnershipId: string; memberProgramId: string | null }>>(
    `SELECT id, title, partnership_id AS "partnershipId", member_program_id AS "memberProgramId"
       FROM known_exchange_programs WHERE id = ANY($1::uuid[])`,
    [...new Set(ids)],
  );
  return new Map(programs.map(({ id, ...program }) => [id, program]));
}
