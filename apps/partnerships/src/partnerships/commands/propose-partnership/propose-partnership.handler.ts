import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { actorFor } from '../../domain/partnership.actor';
import { PartnershipAgreement } from '../../domain/partnership-agreement.entity';
import { PartnershipErrors } from '../../domain/partnership.errors';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type ProposePartnershipCommand = RpcParsedRequest<'partnerships.propose'>;

/**
 * A member program proposes a partnership with a city abroad (staff, or the program's
 * admin): the member city is the program's, the terms become draft version 1.
 */
@Injectable()
export class ProposePartnershipHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: PartnershipCommandRunner,
  ) {}

  async execute(command: ProposePartnershipCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    const actor = actorFor(caller, { memberProgramId: command.memberProgramId, partnerCityId: command.partnerCityId });
    const program = await this.db.memberProgram.findUnique({ where: { id: command.memberProgramId }, include: { city: true } });
    // A program the caller does not administer is reported like one that does not exist.
    if (!program || !actor.sides.has('member')) throw PartnershipErrors.memberProgramUnknown(command.memberProgramId);
    const partnerCity = await this.db.city.findUnique({ where: { id: command.partnerCityId } });
    if (!partnerCity) throw PartnershipErrors.partnerCityUnknown(command.partnerCityId);
    const agreement = PartnershipAgreement.propose(
      {
        id: uuidv7(),
        memberProgram: { id: program.id, cityId: program.cityId, countryCode: program.city.countryCode },
        partnerCity: { id: partnerCity.id, countryCode: partnerCity.countryCode },
        terms: command.terms,
        memberContacts: command.memberContacts,
        partnerContacts: command.partnerContacts,
      },
      actor,
    );
    return this.runner.create(agreement, actor);
  }
}
