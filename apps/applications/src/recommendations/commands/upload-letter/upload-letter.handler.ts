import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { RECOMMENDATION_PROBLEMS, type RecommendationRequestView, type RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { problemError } from '@scn/platform/errors';
import { checkedType } from '../../../documents/domain/document-check';
import { ApplicationFiles } from '../../../documents/infra/application-files.store';
import { addHistory } from '../../../requirements/infra/my-application';
import { SignedLinks } from '../../../signed-links/infra/signed-links';
import { LETTERS_TAKEN_IN } from '../../domain/referee-list';
import { recommendationByToken, recommendationRequestView } from '../../infra/recommendation-by-token';

export type UploadLetterCommand = RpcParsedRequest<'recommendations.put-letter'>;

/**
 * A referee uploads their letter (a PDF) by their link, without an account. A second
 * upload replaces the first; the applicant learns only that it was received
 * (recommendation.received.v1, the first time).
 */
@Injectable()
export class UploadLetterHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly links: SignedLinks,
    private readonly files: ApplicationFiles,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: UploadLetterCommand): Promise<RecommendationRequestView> {
    this.links.verify('recommendation', command.token, this.clock.now());
    const bytes = await this.files.take(command.objectName, command);
    checkedType(bytes, command.declaredType, ['application/pdf']);
    return this.db.$transaction(async (tx) => {
      const now = this.clock.now();
      const found = await recommendationByToken(tx, this.links, command.token, now, { lock: true });
      const { row } = found;
      if (!(LETTERS_TAKEN_IN as readonly string[]).includes(row.application.status)) {
        throw problemError(RECOMMENDATION_PROBLEMS.closed, `The application is ${row.application.status}: no letter is taken any more`);
      }
      await tx.recommendation.update({ where: { id: row.id }, data: { letter: bytes, letterSize: bytes.length, letterSha256: command.sha256, receivedAt: now } });
      await addHistory(tx, row.applicationId, null, 'letter-received', { recommendationId: row.id, exchangeProgramId: row.exchangeProgramId }, now);
      if (!row.receivedAt) {
        await this.outbox.add(tx, 'recommendation.received.v1', row.applicationId, {
          applicationId: row.applicationId,
          applicantId: row.application.applicantId,
          season: row.application.season,
          recommendationId: row.id,
          exchangeProgramId: row.exchangeProgramId,
        });
      }
      return recommendationRequestView(found, now);
    });
  }
}
