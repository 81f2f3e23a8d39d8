import { Module } from '@nestjs/common';
import { CorrectRowHandler } from './commands/correct-row/correct-row.handler';
import { MarkInterruptedImportsHandler } from './commands/mark-interrupted-imports/mark-interrupted-imports.handler';
import { ImportRunner } from './commands/start-import/import-runner';
import { MissingCitiesStep } from './commands/start-import/missing-cities.step';
import { ResolveRowHandler } from './commands/resolve-row/resolve-row.handler';
import { StartImportHandler } from './commands/start-import/start-import.handler';
import { ImportBatchWriter } from './infra/import-batch.writer';
import { ImportCitiesWriter } from './infra/import-cities.writer';
import { ImportCompletionWriter } from './infra/import-completion.writer';
import { ImportFiles } from './infra/import-files.store';
import { GetImportHandler } from './queries/get-import/get-import.handler';
import { ListImportProblemsHandler } from './queries/list-import-problems/list-import-problems.handler';
import { ListImportsHandler } from './queries/list-imports/list-imports.handler';
import { ImportsRpcController } from './transport/imports.rpc-controller';
import { InterruptedImportsScheduler } from './transport/interrupted-imports.scheduler';

/** The partnerships service's bulk import of partnerships from CSV files (issue #4), and the settling of the rows it reports (issue #14). */
@Module({
  controllers: [ImportsRpcController],
  providers: [
    ImportFiles,
    ImportBatchWriter,
    ImportCitiesWriter,
    ImportCompletionWriter,
    MissingCitiesStep,
    ImportRunner,
    MarkInterruptedImportsHandler,
    InterruptedImportsScheduler,
    StartImportHandler,
    GetImportHandler,
    ListImportsHandler,
    ListImportProblemsHandler,
    ResolveRowHandler,
    CorrectRowHandler,
  ],
})
export class ImportsModule {}
