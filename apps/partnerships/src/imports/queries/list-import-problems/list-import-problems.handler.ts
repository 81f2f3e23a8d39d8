import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, ImportProblemView, ImportSideCandidates, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, ValidationError } from '@scn/platform';
import { importError } from '../../domain/import.errors';
import { isStaff } from '../../domain/staff-only';

export type ListImportProblemsQuery = RpcParsedRequest<'imports.list-problems'>;

/** Report kinds as the API names them → as stored (an ambiguous row is an unmatched one with candidates). */
const STORED_KINDS = {
  unmatched: ['unmatched', 'ambiguous'],
  'city-added': ['city_added'],
  ambiguous: ['ambiguous'],
  noted: ['noted'],
} as const;
/** As stored → as the API names them. */
const API_KIND = { unmatched: 'unmatched', ambiguous: 'unmatched', city_added: 'city-added', noted: 'noted' } as const;

/**
 * The rows an import reports, in file order, a page at a time: those that could not be
 * imported and those that added cities to the gazetteer (one kind only, if asked).
 */
@Injectable()
export class ListImportProblemsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: ListImportProblemsQuery, caller: CallerIdentity | undefined): Promise<Page<ImportProblemView>> {
    if (!isStaff(caller)) throw importError('staffOnly');
    const job = await this.db.importJob.findUnique({ where: { id: request.importId }, select: { id: true } });
    if (!job) throw importError('notFound', `No import ${request.importId}`);
    const limit = request.limit;
    const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
    const problems = await this.db.importProblem.findMany({
      where: {
        jobId: job.id,
        ...(request.kind === undefined ? {} : { kind: { in: [...STORED_KINDS[request.kind]] } }),
        ...(request.only === undefined ? {} : { AND: [{ kind: { in: [...STORED_KINDS[request.only]] } }] }),
        ...(after === undefined ? {} : { rowNumber: { gt: after } }),
      },
      orderBy: { rowNumber: 'asc' },
      take: limit + 1,
      select: { rowNumber: true, kind: true, reason: true, addedCityIds: true, candidates: true, row: true },
    });
    const page = problems.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((problem) => ({
        rowNumber: problem.rowNumber,
        kind: API_KIND[problem.kind],
        ...(problem.kind === 'ambiguous' && { ambiguous: true as const }),
        ...(problem.candidates !== null && { candidates: problem.candidates as ImportSideCandidates[] }),
        reason: problem.reason,
        addedCityIds: problem.addedCityIds,
        row: problem.row as Record<string, string>,
      })),
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
