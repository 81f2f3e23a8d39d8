import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView } from '@scn/contracts';
import { actorFor, canSee } from '../../domain/partnership.actor';
import { PartnershipErrors } from '../../domain/partnership.errors';
import { PartnershipViews } from '../../infra/partnership.views';
import type { PartnershipsRequest } from '../../partnerships.requests';

/** One partnership with its versions, approvals, pending termination, contacts and latest history. */
@Injectable()
export class GetPartnershipQuery {
  constructor(private readonly views: PartnershipViews) {}

  async execute(request: PartnershipsRequest<'partnerships.get'>, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    const view = await this.views.read(request.partnershipId);
    if (!view || !canSee(actorFor(caller, { memberProgramId: view.memberProgramId, partnerCityId: view.partnerCityId }))) {
      throw PartnershipErrors.notFound(request.partnershipId);
    }
    return view;
  }
}
