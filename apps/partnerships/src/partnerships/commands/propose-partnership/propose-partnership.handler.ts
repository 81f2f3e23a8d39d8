import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, PartnershipView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { actorFor } from '../../domain/partnership.actor';
import { PartnershipAgreement } from '../../domain/partnership-agreement.entity';
import { PartnershipErrors } from '../../domain/partnership.errors';
import type { PartnershipsRequest } from '../../partnerships.requests';
import { PartnershipCommandRunner } from '../partnership-command.runner';

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

  async execute(request: PartnershipsRequest<'partnerships.propose'>, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    const actor = actorFor(caller, { memberProgramId: request.memberProgramId, partnerCityId: request.partnerCityId });
    const program = await this.db.memberProgram.findUnique({ where: { id: request.memberProgramId }, include: { city: true } });
    // A program the caller does not administer is reported like one that does not exist.
    if (!program || !actor.sides.has('member')) throw PartnershipErrors.memberProgramUnknown(request.memberProgramId);
    const partnerCity = await this.db.city.findUnique({ where: { id: request.partnerCityId } });
    if (!partnerCity) throw PartnershipErrors.partnerCityUnknown(request.partnerCityId);
    const agreement = PartnershipAgreement.propose(
      {
        id: uuidv7(),
        memberProgram: { id: program.id, cityId: program.cityId, countryCode: program.city.countryCode },
        partnerCity: { id: partnerCity.id, countryCode: partnerCity.countryCode },
        terms: request.terms,
        memberContacts: request.memberContacts,
        partnerContacts: request.partnerContacts,
      },
      actor,
    );
    return this.runner.create(agreement, actor);
  }
}
