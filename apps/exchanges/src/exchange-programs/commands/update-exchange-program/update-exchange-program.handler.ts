import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView } from '@scn/contracts';
import type { ExchangeProgramsRequest } from '../../exchange-programs.requests';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

/** Changes a program's fields within the rules (a published one announces what changed). */
@Injectable()
export class UpdateExchangeProgramHandler {
  constructor(private readonly runner: ExchangeProgramCommandRunner) {}

  execute(request: ExchangeProgramsRequest<'exchange-programs.update'>, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    const { exchangeProgramId, ...patch } = request;
    return this.runner.change(exchangeProgramId, caller, (program) => program.update(patch));
  }
}
