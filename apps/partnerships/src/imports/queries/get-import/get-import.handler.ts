import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, PartnershipImportView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { importError } from '../../domain/import.errors';
import { isStaff } from '../../domain/staff-only';
import { toImportView } from '../../infra/import-job.view';

export type GetImportQuery = RpcParsedRequest<'imports.get'>;

/** An import and its progress (poll it while it runs). */
@Injectable()
export class GetImportHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute({ importId }: GetImportQuery, caller: CallerIdentity | undefined): Promise<PartnershipImportView> {
    if (!isStaff(caller)) throw importError('staffOnly');
    const job = await this.db.importJob.findUnique({ where: { id: importId } });
    if (!job) throw importError('notFound', `No import ${importId}`);
    return toImportView(job);
  }
}
