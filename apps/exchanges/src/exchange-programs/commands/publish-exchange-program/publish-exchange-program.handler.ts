import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView } from '@scn/contracts';
import { KnownPartnerships } from '../../../known-partnerships/known-partnerships';
import { ExchangeProgramErrors } from '../../domain/exchange-program.errors';
import type { ExchangeProgramsRequest } from '../../exchange-programs.requests';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

/** Makes a draft public, only while its partnership is active (checked under a share lock in the same transaction). */
@Injectable()
export class PublishExchangeProgramHandler {
  constructor(
    private readonly known: KnownPartnerships,
    private readonly runner: ExchangeProgramCommandRunner,
  ) {}

  execute(request: ExchangeProgramsRequest<'exchange-programs.publish'>, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    return this.runner.change(request.exchangeProgramId, caller, (program, now) => program.publish(now), {
      guard: async (tx, partnershipId) => {
        if (await this.known.isActive(partnershipId, tx)) return;
        const status = (await this.known.get(partnershipId))?.status ?? 'unknown';
        throw ExchangeProgramErrors.partnershipNotActive(partnershipId, status);
      },
    });
  }
}
