import type { ImportJob } from '@scn-prisma/partnerships';
import type { PartnershipImportView } from '@scn/contracts';

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
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
