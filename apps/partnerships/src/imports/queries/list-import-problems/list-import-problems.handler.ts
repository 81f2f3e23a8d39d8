import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type Prisma } from '@scn-prisma/partnerships';
import type { CallerIdentity, ImportReportedRowView, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, ValidationError } from '@scn/platform';
import { importError } from '../../domain/import.errors';
import { isStaff } from '../../domain/staff-only';
import { toReportedRowView } from '../../infra/reported-row.repository';

export type ListImportProblemsQuery = RpcParsedRequest<'imports.list-problems'>;

/** Report kinds as the API names them → as stored (an ambiguous row is an unmatched one with candidates). */
const STORED_KINDS = {
  unmatched: ['unmatched', 'ambiguous'],
  'city-added': ['city_added'],
  ambiguous: ['ambiguous'],
  noted: ['noted'],
} as const;
/** Where a row stands → which stored rows: open rows are those not loaded that nobody settled yet. */
const STATE_FILTER = {
  open: { kind: { in: ['unmatched', 'ambiguous'] }, resolution: null },
  loaded: { OR: [{ resolution: 'loaded' }, { kind: { in: ['city_added', 'noted'] } }] },
  dismissed: { resolution: 'dismissed' },
} as const satisfies Record<string, Prisma.ImportProblemWhereInput>;

/**
 * The rows an import reports, in file order, a page at a time: those that could not be
 * imported and those that added cities to the gazetteer (one kind only, if asked), each
 * with where it stands (open, loaded, dismissed: `state=open` lists what is left to settle).
 */
@Injectable()
export class ListImportProblemsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: ListImportProblemsQuery, caller: CallerIdentity | undefined): Promise<Page<ImportReportedRowView>> {
    if (!isStaff(caller)) throw importError('staffOnly');
    const job = await this.db.importJob.findUnique({ where: { id: request.importId }, select: { id: true, dryRun: true } });
    if (!job) throw importError('notFound', `No import ${request.importId}`);
    const limit = request.limit;
    const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
    const problems = await this.db.importProblem.findMany({
      where: {
        jobId: job.id,
        ...(request.kind === undefined ? {} : { kind: { in: [...STORED_KINDS[request.kind]] } }),
        AND: [
          ...(request.only === undefined ? [] : [{ kind: { in: [...STORED_KINDS[request.only]] } }]),
          ...(request.state === undefined ? [] : [STATE_FILTER[request.state]]),
        ],
        ...(after === undefined ? {} : { rowNumber: { gt: after } }),
      },
      orderBy: { rowNumber: 'asc' },
      take: limit + 1,
    });
    const page = problems.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((problem) => toReportedRowView(problem, job.dryRun)),
      nextCursor: problems.length > limit && last ? encodeCursor(last.rowNumber) : null,
    };
  }
}

// One report per row: the row number orders the list and marks a position in it.
function encodeCursor(rowNumber: number): string {
  return Buffer.from(`row:${rowNumber}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^row:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new ValidationError([{ field: 'query.cursor', rule: 'invalid_cursor', message: 'is not a cursor of this list' }]);
  return Number(match[1]);
}
