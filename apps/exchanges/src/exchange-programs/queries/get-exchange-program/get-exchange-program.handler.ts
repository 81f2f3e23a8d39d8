import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView, RpcParsedRequest } from '@scn/contracts';
import { ExchangeProgramErrors } from '../../domain/exchange-program.errors';
import { managerScopeOf, manages } from '../../domain/program-access';
import { ExchangeProgramRepository } from '../../infra/exchange-program.repository';

export type GetExchangeProgramQuery = RpcParsedRequest<'exchange-programs.get'>;

/** One program in full, for its managers (for anyone else it does not exist). */
@Injectable()
export class GetExchangeProgramHandler {
  constructor(private readonly repository: ExchangeProgramRepository) {}

  async execute({ exchangeProgramId }: GetExchangeProgramQuery, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    const view = await this.repository.view(exchangeProgramId);
    if (!view || !manages(managerScopeOf(caller), view.memberProgramId)) throw ExchangeProgramErrors.notFound(exchangeProgramId);
    return view;
  }
}
