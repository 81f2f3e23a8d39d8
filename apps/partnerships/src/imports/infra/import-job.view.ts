import type { ImportJob } from '@scn-prisma/partnerships';
import { importColumnMappingSchema, type PartnershipImportView } from '@scn/contracts';

/** An import job as the API shows it. */
export function toImportView(job: ImportJob): PartnershipImportView {
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    fileHash: job.fileHash,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    createdCount: job.createdCount,
    unchangedCount: job.unchangedCount,
    unmatchedCount: job.unmatchedCount,
    addMissingCities: job.addMissingCities,
    citiesAddedCount: job.citiesAddedCount,
    dryRun: job.dryRun,
    ambiguousCount: job.ambiguousCount,
    error: job.error,
    createdBy: job.createdBy,
    createdByEmail: job.createdByEmail,
    columns: columnsOf(job.columns),
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** The stored mapping; an import from before it was kept has none (null, not a guess). */
function columnsOf(stored: ImportJob['columns']): PartnershipImportView['columns'] {
  const parsed = importColumnMappingSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
