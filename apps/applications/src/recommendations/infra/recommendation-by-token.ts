import type { RecommendationRequestView } from '@scn/contracts';
import type { Db } from '../../requirements/infra/requirements.repository';
import { invalidLink, type SignedLinks } from '../../signed-links/infra/signed-links';

/**
 * The recommendation a referee's link names, once its signature and expiry are checked:
 * it must still be live (the applicant has not removed the referee), and the link the one
 * issued for it. With `lock`, its row stays locked until the transaction ends.
 */
export async function recommendationByToken(db: Db, links: SignedLinks, token: string, now: Date, options: { lock?: boolean } = {}) {
  const claims = links.verify('recommendation', token, now);
  if (options.lock) await db.$queryRaw`SELECT id FROM recommendations WHERE id = ${claims.subject}::uuid FOR UPDATE`;
  const row = await db.recommendation.findUnique({
    where: { id: claims.subject },
    select: {
      id: true,
      applicationId: true,
      exchangeProgramId: true,
      refereeName: true,
      requestedAt: true,
      linkExpiresAt: true,
      cancelledAt: true,
      receivedAt: true,
      application: { select: { applicantId: true, season: true, status: true } },
    },
  });
  if (!row || row.cancelledAt || row.requestedAt.getTime() !== claims.issue) throw invalidLink();
  const [applicant, program] = await Promise.all([
    db.applicant.findUnique({ where: { accountId: row.application.applicantId }, select: { givenName: true, familyName: true } }),
    db.knownProgram.findUnique({ where: { id: row.exchangeProgramId }, select: { title: true } }),
  ]);
  if (!applicant) throw invalidLink();
  return { row, applicantName: `${applicant.givenName} ${applicant.familyName}`, programTitle: program?.title ?? '' };
}

export function recommendationRequestView(found: Awaited<ReturnType<typeof recommendationByToken>>, receivedAt: Date | null): RecommendationRequestView {
  return {
    refereeName: found.row.refereeName,
    applicantName: found.applicantName,
    programTitle: found.programTitle,
    season: found.row.application.season,
    linkExpiresAt: found.row.linkExpiresAt.toISOString(),
    received: receivedAt !== null,
    receivedAt: receivedAt?.toISOString() ?? null,
  };
}
