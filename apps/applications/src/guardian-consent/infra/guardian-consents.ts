import { Injectable } from '@nestjs/common';
import type { GuardianConsentRequestView } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import type { ApplicantProfile } from '../../applicants/domain/applicant-profile';
import { ApplicantRepository } from '../../applicants/infra/applicant.repository';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { knownProgramRepository } from '../../known-programs/infra/known-program.repository';
import type { Db } from '../../requirements/infra/requirements.repository';
import { invalidLink, SignedLinks } from '../../signed-links/infra/signed-links';
import { programsNeedingConsent } from '../domain/consent-needed';

/** Asking, finding and recording a guardian's consent, in the caller's transaction. */
@Injectable()
export class GuardianConsents {
  constructor(
    private readonly applicants: ApplicantRepository,
    private readonly links: SignedLinks,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Sends the guardian a new link (guardian-consent.requested.v1 in the outbox) naming the
   * programs they consent to; the request time marks the link, so an older one stops working.
   */
  async request(tx: Db, profile: ApplicantProfile, programs: readonly KnownProgramState[], now: Date): Promise<void> {
    const guardian = profile.guardian;
    if (!guardian) return;
    await tx.applicant.update({ where: { accountId: profile.accountId }, data: { guardianConsentRequestedAt: now } });
    const { link } = this.links.issue('guardian-consent', profile.accountId, now.getTime(), now);
    await this.outbox.add(tx, 'guardian-consent.requested.v1', profile.accountId, {
      applicantId: profile.accountId,
      applicantName: `${profile.givenName} ${profile.familyName}`,
      guardian: { name: guardian.name, email: guardian.email },
      language: profile.preferredLanguage,
      programs: programs.map((program) => ({ exchangeProgramId: program.id, title: program.title })),
      consentLink: link,
    });
  }

  /** The programs of the applicant's open applications for which they are a minor. */
  async programsOf(tx: Db, profile: ApplicantProfile): Promise<KnownProgramState[]> {
    const choices = await tx.applicationChoice.findMany({
      where: { application: { applicantId: profile.accountId, status: { not: 'withdrawn' } } },
      select: { exchangeProgramId: true },
      orderBy: [{ applicationId: 'asc' }, { rank: 'asc' }],
    });
    const programs = await knownProgramRepository.findMany(tx, [...new Set(choices.map((choice) => choice.exchangeProgramId))]);
    return programsNeedingConsent(profile, [...new Set(choices.map((choice) => choice.exchangeProgramId))].flatMap((id) => programs.get(id) ?? []));
  }

  /** The applicant a guardian's link names, once its signature, expiry and issue are checked (the newest link only). */
  async byToken(tx: Db, token: string, now: Date, options: { lock?: boolean } = {}): Promise<{ profile: ApplicantProfile; expiresAt: Date }> {
    const claims = this.links.verify('guardian-consent', token, now);
    if (options.lock) await tx.$queryRaw`SELECT 1 FROM applicants WHERE account_id = ${claims.subject}::uuid FOR UPDATE`;
    const profile = await this.applicants.find(claims.subject, tx);
    if (!profile?.guardian || profile.guardianConsentRequestedAt?.getTime() !== claims.issue) throw invalidLink();
    return { profile, expiresAt: claims.expiresAt };
  }

  async view(tx: Db, profile: ApplicantProfile, expiresAt: Date): Promise<GuardianConsentRequestView> {
    return {
      applicantName: `${profile.givenName} ${profile.familyName}`,
      guardianName: profile.guardian?.name ?? '',
      programs: (await this.programsOf(tx, profile)).map((program) => ({
        exchangeProgramId: program.id,
        title: program.title,
        travelStart: program.travelStart.toISOString().slice(0, 10),
        travelEnd: program.travelEnd.toISOString().slice(0, 10),
      })),
      status: profile.guardianConsentGivenAt ? 'given' : 'requested',
      givenAt: profile.guardianConsentGivenAt?.toISOString() ?? null,
      linkExpiresAt: expiresAt.toISOString(),
    };
  }
}
