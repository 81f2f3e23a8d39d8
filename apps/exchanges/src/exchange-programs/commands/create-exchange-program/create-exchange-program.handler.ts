import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView, RpcParsedRequest } from '@scn/contracts';
import { v7 as uuidv7 } from 'uuid';
import { KnownPartnerships } from '../../../known-partnerships/infra/known-partnerships.reader';
import { ExchangeProgram } from '../../domain/exchange-program.entity';
import { ExchangeProgramErrors } from '../../domain/exchange-program.errors';
import { managerScopeOf, manages } from '../../domain/program-access';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

export type CreateExchangeProgramCommand = RpcParsedRequest<'exchange-programs.create'>;

/** Drafts a program under an active partnership (staff, or an admin of the partnership's member program). */
@Injectable()
export class CreateExchangeProgramHandler {
  constructor(
    private readonly known: KnownPartnerships,
    private readonly runner: ExchangeProgramCommandRunner,
  ) {}

  async execute(command: CreateExchangeProgramCommand, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    const { partnershipId, ...fields } = command;
    const partnership = await this.known.get(partnershipId);
    // A partnership of another member program is, for this caller, as unknown as a missing one.
    if (!partnership || !manages(managerScopeOf(caller), partnership.memberProgramId)) throw ExchangeProgramErrors.partnershipUnknown(partnershipId);
    if (partnership.status !== 'active') throw ExchangeProgramErrors.partnershipNotActive(partnershipId, partnership.status);
    const program = ExchangeProgram.draft(uuidv7(), partnership, fields);
    return this.runner.create(program, caller, async (tx) => {
      // Again under a share lock: a suspension arriving meanwhile waits for this program, then sees it.
      if (!(await this.known.isActive(partnershipId, tx))) {
        throw ExchangeProgramErrors.partnershipNotActive(partnershipId, (await this.known.get(partnershipId))?.status ?? 'unknown');
      }
    });
  }
}
