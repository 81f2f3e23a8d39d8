import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, ImportProblemView, importsOperations, Page } from '@scn/contracts';
import { DATABASE, ValidationError } from '@scn/platform';
import { importError } from '../../domain/import.errors';
import { isStaff } from '../../domain/staff-only';
import type { z } from 'zod';

export type ListImportProblemsQuery = z.infer<(typeof importsOperations)['imports.list-problems']['request']>;

/** The rows of an import that could not be imported, in file order, a page at a time. */
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
      where: { jobId: job.id, ...(after === undefined ? {} : { rowNumber: { gt: after } }) },
      orderBy: { rowNumber: 'asc' },
      take: limit + 1,
      select: { rowNumber: true, reason: true, row: true },
    });
    const page = problems.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((problem) => ({ rowNumber: problem.rowNumber, reason: problem.reason, row: problem.row as Record<string, string> })),
      nextCursor: problems.length > limit && last ? encodeCursor(last.rowNumber) : null,
    };
  }
}

// One problem per row: the row number orders the list and marks a position in it.
function encodeCursor(rowNumber: number): string {
  return Buffer.from(`row:${rowNumber}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^row:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new ValidationError([{ field: 'query.cursor', rule: 'invalid_cursor', message: 'is not a cursor of this list' }]);
  return Number(match[1]);
}
