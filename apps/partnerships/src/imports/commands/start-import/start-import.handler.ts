import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { IMPORT_COLUMN_FIELDS, type CallerIdentity, type ImportColumns, type PartnershipImportView, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { importError } from '../../domain/import.errors';
import { isStaff } from '../../domain/staff-only';
import { readImportFile } from '../../infra/csv-rows';
import type { SideCoordinates } from '../../domain/import-row';
import { ImportFiles } from '../../infra/import-files.store';
import { toImportView } from '../../infra/import-job.view';
import { MarkInterruptedImportsHandler } from '../mark-interrupted-imports/mark-interrupted-imports.handler';
import { ImportRunner } from './import-runner';

/** The request as the RPC server parsed it: the mapping's defaults filled in. */
export type StartImportCommand = RpcParsedRequest<'imports.start'>;

/**
 * Staff import a CSV file of existing partnerships: the file is read from the object
 * store and checked (CSV, the mapped columns present), the job is created, and the rows
 * are imported in the background. The answer is the job, at once. Imports a stop of the
 * service interrupted are marked failed first, so the list of imports never shows one
 * running that nothing runs.
 */
@Injectable()
export class StartImportHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly files: ImportFiles,
    private readonly runner: ImportRunner,
    private readonly markInterrupted: MarkInterruptedImportsHandler,
  ) {}

  async execute(command: StartImportCommand, caller: CallerIdentity | undefined): Promise<PartnershipImportView> {
    if (!isStaff(caller)) throw importError('staffOnly');
    const bytes = await this.files.read(command.objectName);
    if (!bytes) throw importError('fileMissing');
    await this.files.discard(command.objectName);
    if (createHash('sha256').update(bytes).digest('hex') !== command.fileHash) throw importError('fileCorrupted');
    const { header, rows } = await readImportFile(bytes);
    const coordinates = checkColumns(command.columns, header);
    if (!rows.length) throw importError('emptyFile');
    await this.markInterrupted.execute();
    const job = await this.db.importJob.create({
      data: {
        id: uuidv7(),
        status: 'running',
        fileName: command.fileName ?? null,
        fileHash: command.fileHash,
        totalRows: rows.length,
        addMissingCities: command.addMissingCities,
        dryRun: command.dryRun,
        createdBy: caller?.accountId ?? null,
        createdByEmail: caller?.email ?? null,
        columns: command.columns,
      },
    });
    this.runner.start({
      job: { id: job.id, createdBy: job.createdBy, dryRun: job.dryRun },
      rows,
      columns: command.columns,
      coordinates,
      addMissingCities: command.addMissingCities,
    });
    return toImportView(job);
  }
}

const COORDINATE_FIELDS = { member: ['memberLat', 'memberLng'], partner: ['partnerLat', 'partnerLng'] } as const;
const NAME_FIELDS = new Set<keyof ImportColumns>(['memberCity', 'memberCountry', 'partnerCity', 'partnerCountry']);

/**
 * Every column the mapping names must be in the header; each one missing is named. The
 * coordinates are optional (issue #14): a side whose two coordinate columns are both absent
 * is matched by name — unless the file lacks a city or country column too, when every
 * missing column is named as before. Returns which sides have coordinates.
 */
function checkColumns(columns: ImportColumns, header: string[]): SideCoordinates {
  const present = new Set(header);
  const absent = (field: keyof ImportColumns) => columns[field] !== undefined && !present.has(columns[field]!);
  const namesMissing = [...NAME_FIELDS].some(absent);
  const coordinates = {
    member: !COORDINATE_FIELDS.member.every(absent),
    partner: !COORDINATE_FIELDS.partner.every(absent),
  };
  const optionalCoordinates = new Set<keyof ImportColumns>(
    namesMissing ? [] : [...(coordinates.member ? [] : COORDINATE_FIELDS.member), ...(coordinates.partner ? [] : COORDINATE_FIELDS.partner)],
  );
  const missing = IMPORT_COLUMN_FIELDS.flatMap((field) => (absent(field) && !optionalCoordinates.has(field) ? [{ field, column: columns[field]! }] : []));
  if (!missing.length) return coordinates;
  throw importError(
    'columnsMissing',
    `The file has no column ${missing.map((m) => `"${m.column}"`).join(', ')} (its columns: ${header.join(', ') || 'none'})`,
    missing.map(({ field, column }) => ({ field: `query.${field}`, rule: 'column_exists', message: `the file has no column "${column}"`, params: { column } })),
  );
}
