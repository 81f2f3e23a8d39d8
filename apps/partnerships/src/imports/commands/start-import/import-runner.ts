import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { ImportColumns } from '@scn/contracts';
import { DATABASE, ROOT_LOGGER } from '@scn/platform';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { CityMatcher } from '../../domain/city-matcher';
import { CountryResolver } from '../../domain/country-resolver';
import { RowMatcher } from '../../domain/import-row';
import type { CsvRow } from '../../infra/csv-rows';
import { ImportBatchWriter, type ImportBatch, type ImportJobRef } from '../../infra/import-batch.writer';
import { loadImportReferences, type ImportReferences } from '../../infra/import-references';

/** Rows written per transaction: progress moves by this much. */
export const IMPORT_BATCH_SIZE = 500;

export interface ImportRun {
  job: ImportJobRef;
  rows: CsvRow[];
  columns: ImportColumns;
}

class ImportInterrupted extends Error {}

/**
 * Runs imports in the background of the service: the request that started one has its
 * answer already; progress is read from the job row, updated with every batch. On
 * shutdown a run stops between batches and its job says so: what was written stays, and
 * importing the file again finishes it (rows already imported are unchanged).
 */
@Injectable()
export class ImportRunner implements BeforeApplicationShutdown {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;
  private readonly logger: Logger;
  private readonly countries = new CountryResolver();

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly writer: ImportBatchWriter,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'imports' });
  }

  start(run: ImportRun): void {
    const promise = this.run(run).finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  private async run({ job, rows, columns }: ImportRun): Promise<void> {
    const started = Date.now();
    try {
      const references = await loadImportReferences(this.db, this.countriesOf(rows, columns));
      const matcher = new RowMatcher(columns, this.countries, new CityMatcher(references.cities));
      const seen = references.existingPairs;
      let created = 0;
      for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
        if (this.stopping) throw new ImportInterrupted();
        const batch = this.batchOf(rows.slice(start, start + IMPORT_BATCH_SIZE), matcher, references, seen);
        created += await this.writer.write(job, batch);
      }
      await this.db.importJob.update({ where: { id: job.id }, data: { status: 'completed', finishedAt: new Date() } });
      this.logger.info({ importId: job.id, rows: rows.length, created, ms: Date.now() - started }, 'import completed');
    } catch (error) {
      const interrupted = error instanceof ImportInterrupted;
      if (!interrupted) this.logger.error({ err: error, importId: job.id }, 'import failed');
      const message = interrupted
        ? 'Interrupted: the service stopped. Rows imported so far are kept; import the file again to finish.'
        : `The import stopped: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1_000);
      await this.db.importJob
        .update({ where: { id: job.id }, data: { status: 'failed', error: message, finishedAt: new Date() } })
        .catch((failure: unknown) => this.logger.error({ err: failure, importId: job.id }, 'could not record the failure of an import'));
    }
  }

  /** Matches a batch of rows; a pair seen before (in the database or earlier in the file) is unchanged. */
  private batchOf(rows: CsvRow[], matcher: RowMatcher, references: ImportReferences, seen: Set<string>): ImportBatch {
    const batch: ImportBatch = { rows: rows.length, create: [], unchanged: 0, problems: [] };
    for (const { rowNumber, record } of rows) {
      const decision = matcher.decide(record);
      if (decision.kind === 'problem') {
        batch.problems.push({ rowNumber, reason: decision.reason, row: record });
      } else if (seen.has(decision.key)) {
        batch.unchanged++;
      } else {
        seen.add(decision.key);
        // The network's own city is the member side, whichever column the file lists it in.
        const swap = !references.programByCity.has(decision.member.id) && references.programByCity.has(decision.partner.id);
        const [member, partner] = swap ? [decision.partner, decision.member] : [decision.member, decision.partner];
        batch.create.push({
          id: uuidv7(),
          key: decision.key,
          member,
          partner,
          memberProgramId: references.programByCity.get(member.id) ?? null,
          kind: decision.partnershipKind,
          startYear: decision.startYear,
          rowNumber,
        });
      }
    }
    return batch;
  }

  /** The countries the file names: only their cities are read from the gazetteer. */
  private countriesOf(rows: CsvRow[], columns: ImportColumns): string[] {
    const codes = new Set<string>();
    const sides = [
      [columns.memberCountry, columns.memberCity],
      [columns.partnerCountry, columns.partnerCity],
    ] as const;
    for (const { record } of rows) {
      for (const [country, city] of sides) {
        const resolved = this.countries.resolve(record[country] ?? '', record[city] ?? '');
        if ('codes' in resolved) resolved.codes.forEach((code) => codes.add(code));
      }
    }
    return [...codes];
  }
}
