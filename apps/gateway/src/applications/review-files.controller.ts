import { Controller, StreamableFile } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { FILE_TIMEOUT_MS, FilesInTransit } from './files-in-transit';
import { REVIEW_MATERIAL_ROUTES as M } from './review-material.routes';

/**
 * Downloads of a candidacy's documents and letters, for its reviewer and the program's
 * managers: the applications service decides who may have which file and puts it in the
 * object store; this answers with it. A file the service names without a name (a blind
 * reading, a letter) is named by its key or id, never after the applicant or the referee.
 */
@Controller()
export class ReviewFilesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly transit: FilesInTransit,
  ) {}

  @Endpoint(M.downloadReadingDocument)
  async readingDocument(@Input() { params }: RouteInput<typeof M.downloadReadingDocument>, @Caller() caller: CallerIdentity): Promise<StreamableFile> {
    const file = await this.rpc.call('applications', 'review.download-my-document', params, { caller, timeoutMs: FILE_TIMEOUT_MS });
    return this.transit.answer(file, params.requirementKey);
  }

  @Endpoint(M.downloadReadingLetter)
  async readingLetter(@Input() { params }: RouteInput<typeof M.downloadReadingLetter>, @Caller() caller: CallerIdentity): Promise<StreamableFile> {
    const file = await this.rpc.call('applications', 'review.download-my-letter', params, { caller, timeoutMs: FILE_TIMEOUT_MS });
    return this.transit.answer(file, `letter-${params.recommendationId}`);
  }

  @Endpoint(M.downloadCandidateDocument)
  async candidateDocument(@Input() { params }: RouteInput<typeof M.downloadCandidateDocument>, @Caller() caller: CallerIdentity): Promise<StreamableFile> {
    const file = await this.rpc.call('applications', 'review.download-candidate-document', params, { caller, timeoutMs: FILE_TIMEOUT_MS });
    return this.transit.answer(file, params.requirementKey);
  }

  @Endpoint(M.downloadCandidateLetter)
  async candidateLetter(@Input() { params }: RouteInput<typeof M.downloadCandidateLetter>, @Caller() caller: CallerIdentity): Promise<StreamableFile> {
    const file = await this.rpc.call('applications', 'review.download-candidate-letter', params, { caller, timeoutMs: FILE_TIMEOUT_MS });
    return this.transit.answer(file, `letter-${params.recommendationId}`);
  }
}
