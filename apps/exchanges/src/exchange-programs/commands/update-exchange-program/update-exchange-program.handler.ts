import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView, RpcParsedRequest } from '@scn/contracts';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

export type UpdateExchangeProgramCommand = RpcParsedRequest<'exchange-programs.update'>;

/** Changes a program's fields within the rules (a published one announces what changed). */
@Injectable()
export class UpdateExchangeProgramHandler {
  constructor(private readonly runner: ExchangeProgramCommandRunner) {}

  execute(command: UpdateExchangeProgramCommand, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    const { exchangeProgramId, ...patch } = command;
    return this.runner.change(exchangeProgramId, caller, (program) => program.update(patch));
  }
}
