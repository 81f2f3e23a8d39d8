import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { Outbox } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import type { ImportJobRef } from './import-batch.writer';
import { assertStillRunning } from './import-job.progress';

interface CompletedJob {
  fileName: string | null;
  createdBy: string | null;
  dryRun: boolean;
  rows: number;
  created: number;
  unchanged: number;
  ambiguous: number;
}

/**
 * Marks a running import completed and records its one `partnership-import.completed.v1`
 * (counts, file, who started it) in the same transaction: the person who started it is told
 * once, whatever the number of rows (its partnerships' own events say they are imported,
 * and are announced to nobody). A preview is told too: its counts are what committing the
 * file would do. A job no longer running (marked interrupted) is left as it is.
 */
@Injectable()
export class ImportCompletionWriter {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
  ) {}

  async complete(job: ImportJobRef): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const updated = await tx.$queryRaw<CompletedJob[]>`
        UPDATE import_jobs SET status = 'completed', finished_at = now(), heartbeat_at = now()
         WHERE id = ${job.id}::uuid AND status = 'running'
        RETURNING file_name AS "fileName", created_by AS "createdBy", dry_run AS "dryRun", processed_rows AS rows,
                  created_count AS created, unchanged_count AS unchanged, ambiguous_count AS ambiguous`;
      assertStillRunning(updated.length);
      const completed = updated[0]!;
      const [{ reported }] = await tx.$queryRaw<Array<{ reported: number }>>`
        SELECT count(*)::int AS reported FROM import_problems WHERE job_id = ${job.id}::uuid`;
      await this.outbox.add(tx, 'partnership-import.completed.v1', job.id, {
        importId: job.id,
        fileName: completed.fileName,
        createdBy: completed.createdBy,
        dryRun: completed.dryRun,
        rows: completed.rows,
        created: completed.created,
        unchanged: completed.unchanged,
        reported: reported ?? 0,
        ambiguous: completed.ambiguous,
      });
    });
  }
}
