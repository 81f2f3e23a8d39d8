import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RefereesView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { RequirementErrors } from '../../../requirements/domain/requirements.errors';
import { addHistory, myApplication, requireDraft } from '../../../requirements/infra/my-application';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { SignedLinks } from '../../../signed-links/infra/signed-links';
import { refereeChanges } from '../../domain/referee-list';
import { REFEREE_FIELDS, refereesView } from '../../infra/recommendation.views';

export type PutRefereesCommand = RpcParsedRequest<'referees.put-mine'>;

/**
 * The applicant names the referees of one choice of their draft (the whole list). Each new
 * referee gets a signed, expiring link by email (recommendation.requested.v1, written to
 * the outbox in the same transaction); a referee no longer named loses theirs and is no
 * longer reminded (recommendation.cancelled.v1); one kept keeps theirs.
 */
@Injectable()
export class PutRefereesHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly requirements: RequirementsRepository,
    private readonly applicants: ApplicantRepository,
    private readonly links: SignedLinks,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: PutRefereesCommand, caller: CallerIdentity | undefined): Promise<RefereesView> {
    const applicantId = applicantIdOf(caller);
    return this.db.$transaction(async (tx) => {
      const application = await myApplication(tx, command.applicationId, applicantId, { lock: true });
      const program = (await knownProgramRepository.findMany(tx, [command.exchangeProgramId])).get(command.exchangeProgramId);
      if (!program || !application.choices.some((choice) => choice.exchangeProgramId === program.id)) throw RequirementErrors.choiceNotFound(command.exchangeProgramId);
      requireDraft(application, 'referees');
      const required = (await this.requirements.forProgram(tx, program)).recommendations;
      const where = { applicationId: application.id, exchangeProgramId: program.id, cancelledAt: null };
      const current = (await tx.recommendation.findMany({ where, select: REFEREE_FIELDS, orderBy: { requestedAt: 'asc' } })).map((row) => ({
        ...row,
        name: row.refereeName,
        email: row.refereeEmail,
      }));
      const { kept, added, removed } = refereeChanges(current, command.referees);
      const now = this.clock.now();
      if (removed.length) await tx.recommendation.updateMany({ where: { id: { in: removed.map((referee) => referee.id) } }, data: { cancelledAt: now } });
      for (const referee of removed) {
        // The notifications service planned a reminder for this referee when they were asked: this ends it.
        await this.outbox.add(tx, 'recommendation.cancelled.v1', application.id, {
          applicationId: application.id,
          applicantId,
          season: application.season,
          recommendationId: referee.id,
          exchangeProgramId: program.id,
        });
      }
      for (const referee of kept) await tx.recommendation.update({ where: { id: referee.id }, data: { refereeName: referee.name } });
      const profile = added.length ? await this.applicants.find(applicantId, tx) : null;
      for (const referee of added) {
        const id = uuidv7();
        const { expiresAt, link } = this.links.issue('recommendation', id, now.getTime(), now);
        await tx.recommendation.create({
          data: { id, applicationId: application.id, exchangeProgramId: program.id, refereeName: referee.name, refereeEmail: referee.email, requestedAt: now, linkExpiresAt: expiresAt },
        });
        await this.outbox.add(tx, 'recommendation.requested.v1', application.id, {
          applicationId: application.id,
          applicantId,
          season: application.season,
          recommendationId: id,
          exchangeProgramId: program.id,
          programTitle: program.title,
          applicantName: profile ? `${profile.givenName} ${profile.familyName}` : '',
          referee: { name: referee.name, email: referee.email },
          language: profile?.preferredLanguage ?? 'en',
          uploadLink: link,
        });
      }
      if (added.length || removed.length) {
        await addHistory(tx, application.id, applicantId, 'referees-changed', { exchangeProgramId: program.id, added: added.length, removed: removed.length }, now);
      }
      const rows = await tx.recommendation.findMany({ where, select: REFEREE_FIELDS, orderBy: { requestedAt: 'asc' } });
      return refereesView(application.id, program.id, required, rows);
    });
  }
}
