import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, Page, PartnershipImportView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { importError } from '../../domain/import.errors';
import { isStaff } from '../../domain/staff-only';
import { toImportView } from '../../infra/import-job.view';

export type ListImportsQuery = RpcParsedRequest<'imports.list'>;

/**
 * Every import staff started (previews too), newest first, a page at a time: what the
 * console lists as past imports, each with its counts and its column mapping.
 */
@Injectable()
export class ListImportsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListImportsQuery, caller: CallerIdentity | undefined): Promise<Page<PartnershipImportView>> {
    if (!isStaff(caller)) throw importError('staffOnly');
    // Ids are UUIDv7, made when the import starts: ordering by id is ordering by start.
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0]!))[0];
    const jobs = await this.db.importJob.findMany({
      where: after === undefined ? {} : { id: { lt: after } },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    const page = jobs.slice(0, query.limit);
    return {
      items: page.map(toImportView),
      nextCursor: jobs.length > query.limit ? encodeCursor([page[page.length - 1]!.id]) : null,
    };
  }
}
