import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/exchanges';
import type { CallerIdentity, ExchangeProgramView, PublicExchangeProgramView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ExchangeProgramErrors } from '../../domain/exchange-program.errors';
import { managerScopeOf, manages } from '../../domain/program-access';
import { toPublicView } from '../../infra/exchange-program.mapper';
import { ExchangeProgramRepository } from '../../infra/exchange-program.repository';

/** One program: in full for its managers, its public face for anyone once it is no longer a draft. */
@Injectable()
export class GetExchangeProgramQuery {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: ExchangeProgramRepository,
  ) {}

  async forManager(exchangeProgramId: string, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    const view = await this.repository.view(exchangeProgramId);
    if (!view || !manages(managerScopeOf(caller), view.memberProgramId)) throw ExchangeProgramErrors.notFound(exchangeProgramId);
    return view;
  }

  async forPublic(exchangeProgramId: string): Promise<PublicExchangeProgramView> {
    const row = await this.db.exchangeProgram.findUnique({ where: { id: exchangeProgramId } });
    if (!row || row.status === 'draft') throw ExchangeProgramErrors.notFound(exchangeProgramId);
    return toPublicView(row);
  }
}
