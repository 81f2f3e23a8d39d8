import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type Prisma } from '@scn-prisma/gateway';
import type { Page } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { decodeAuditCursor, encodeAuditCursor } from './audit-log.cursor';
import type { AuditEntryView, AuditLogQuery } from './audit-log.routes';

/** Reads the audit log: filtered, newest first, keyset-paginated on (at, id). */
@Injectable()
export class AuditLogRepository {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async page(query: AuditLogQuery): Promise<Page<AuditEntryView>> {
    // Decoded first: a bad cursor is the client's mistake, answered before any query runs.
    const after = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
    const where: Prisma.AuditEntryWhereInput[] = [filters(query)];
    if (after) where.push({ OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] });
    // One row more than asked tells whether a next page exists without counting.
    const rows = await this.db.auditEntry.findMany({
      where: { AND: where },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(({ at, ...rest }) => ({ ...rest, at: at.toISOString() }) as AuditEntryView),
      nextCursor: rows.length > query.limit && last ? encodeAuditCursor(last) : null,
    };
  }
}

function filters(query: AuditLogQuery): Prisma.AuditEntryWhereInput {
  return {
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.route ? { route: query.route } : {}),
    ...(query.method ? { method: query.method } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.from || query.to
      ? { at: { ...(query.from ? { gte: new Date(query.from) } : {}), ...(query.to ? { lt: new Date(query.to) } : {}) } }
      : {}),
  };
}
