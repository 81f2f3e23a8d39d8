import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView, RpcParsedRequest } from '@scn/contracts';
import { KnownPartnerships } from '../../../known-partnerships/infra/known-partnerships.reader';
import { ExchangeProgramErrors } from '../../domain/exchange-program.errors';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

export type PublishExchangeProgramCommand = RpcParsedRequest<'exchange-programs.publish'>;

/** Makes a draft public, only while its partnership is active (checked under a share lock in the same transaction). */
@Injectable()
export class PublishExchangeProgramHandler {
  constructor(
    private readonly known: KnownPartnerships,
    private readonly runner: ExchangeProgramCommandRunner,
  ) {}

  execute(command: PublishExchangeProgramCommand, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    return this.runner.change(command.exchangeProgramId, caller, (program, now) => program.publish(now), {
      guard: async (tx, partnershipId) => {
        if (await this.known.isActive(partnershipId, tx)) return;
        const status = (await this.known.get(partnershipId))?.status ?? 'unknown';
        throw ExchangeProgramErrors.partnershipNotActive(partnershipId, status);
      },
    });
  }
}
