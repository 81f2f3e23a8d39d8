import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/exchanges';
import type { PublicExchangeProgramView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ExchangeProgramErrors } from '../../domain/exchange-program.errors';
import { toPublicView } from '../../infra/exchange-program.mapper';

export type GetPublicExchangeProgramQuery = RpcParsedRequest<'exchange-programs.get-public'>;

/** A program's public face, for anyone, once it is no longer a draft. */
@Injectable()
export class GetPublicExchangeProgramHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute({ exchangeProgramId }: GetPublicExchangeProgramQuery): Promise<PublicExchangeProgramView> {
    const row = await this.db.exchangeProgram.findUnique({ where: { id: exchangeProgramId } });
    if (!row || row.status === 'draft') throw ExchangeProgramErrors.notFound(exchangeProgramId);
    return toPublicView(row);
  }
}
