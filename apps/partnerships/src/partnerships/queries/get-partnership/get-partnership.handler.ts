import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { actorFor, canSee } from '../../domain/partnership.actor';
import { PartnershipErrors } from '../../domain/partnership.errors';
import { PartnershipViews } from '../../infra/partnership.views';

export type GetPartnershipQuery = RpcParsedRequest<'partnerships.get'>;

/** One partnership with its versions, approvals, pending termination, contacts and latest history. */
@Injectable()
export class GetPartnershipHandler {
  constructor(private readonly views: PartnershipViews) {}

  async execute(query: GetPartnershipQuery, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    const view = await this.views.read(query.partnershipId);
    if (!view || !canSee(actorFor(caller, { memberProgramId: view.memberProgramId, partnerCityId: view.partnerCityId }))) {
      throw PartnershipErrors.notFound(query.partnershipId);
    }
    return view;
  }
}
