import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicationErrors } from '../../domain/application.errors';
import { ApplicationRepository } from '../../infra/application.repository';

export type GetMyApplicationQuery = RpcParsedRequest<'applications.get-mine'>;

/** One of the caller's applications (anyone else's does not exist for them). */
@Injectable()
export class GetMyApplicationHandler {
  constructor(private readonly repository: ApplicationRepository) {}

  async execute(query: GetMyApplicationQuery, caller: CallerIdentity | undefined) {
    const view = await this.repository.view(query.applicationId);
    if (!view || view.applicantId !== applicantIdOf(caller)) throw ApplicationErrors.notFound(query.applicationId);
    return view;
  }
}
