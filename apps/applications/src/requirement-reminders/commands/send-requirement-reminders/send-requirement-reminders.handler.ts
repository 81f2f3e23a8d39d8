import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { AGE_OF_MAJORITY, ageOn } from '../../../applicants/domain/applicant-profile';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import type { Tx } from '../../../applications/infra/application.repository';
import type { KnownProgramState } from '../../../known-programs/domain/known-program';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { MissingForSubmissionHandler } from '../../../requirements/queries/missing-for-submission/missing-for-submission.handler';
import { dueReminderMarks, REMINDER_MARKS } from '../../domain/reminder-marks';

/** One program's mark: every draft that chose it, in one transaction (long enough for thousands). */
const MARK_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;

/**
 * Reminds the applicants whose drafts chose a program whose window closes in 7, then 2
 * days: one `application.requirements-missing.v1` per draft and mark, listing what that
 * choice still lacks. Each mark of a window is claimed once (its row in
 * `requirement_reminders`, inserted first in the transaction that writes the events), so
 * replicas ticking together remind once; a new closing date makes new marks.
 */
@Injectable()
export class SendRequirementRemindersHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly applicants: ApplicantRepository,
    private readonly missing: MissingForSubmissionHandler,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Handles every mark due now; returns how many drafts were reminded. */
  async execute(stopping?: AbortSignal): Promise<number> {
    const now = this.clock.now();
    const longest = Math.max(...REMINDER_MARKS);
    const open = await this.db.knownProgram.findMany({
      where: {
        status: 'published',
        windowOpen: true,
        paused: false,
        applicationClosesAt: { gt: now, lte: new Date(now.getTime() + longest * 86_400_000) },
      },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    let told = 0;
    for (const { id } of open) {
      if (stopping?.aborted) break;
      told += await this.db.$transaction((tx) => this.remindFor(tx, id, now), MARK_TRANSACTION);
    }
    return told;
  }

  private async remindFor(tx: Tx, programId: string, now: Date): Promise<number> {
    const program = (await knownProgramRepository.findMany(tx, [programId])).get(programId);
    if (!program) return 0;
    const closesAt = program.applicationClosesAt;
    const handled = await tx.requirementReminder.findMany({ where: { exchangeProgramId: programId, closesAt }, select: { daysBefore: true } });
    const { send, passOver } = dueReminderMarks(closesAt, now, new Set(handled.map((row) => row.daysBefore)));
    if (send === null) return 0;
    const claimed = await tx.requirementReminder.createMany({
      data: [...passOver, send].map((daysBefore) => ({ exchangeProgramId: programId, daysBefore, closesAt, told: 0, handledAt: now })),
      skipDuplicates: true,
    });
    if (claimed.count === 0) return 0; // another replica handled this mark
    const drafts = await tx.application.findMany({
      where: { status: 'draft', choices: { some: { exchangeProgramId: programId } } },
      select: { id: true, applicantId: true, season: true, choices: { orderBy: { rank: 'asc' }, select: { exchangeProgramId: true } } },
      orderBy: { id: 'asc' },
    });
    for (const draft of drafts) {
      const missing = await this.missingFor(tx, draft, program);
      await this.outbox.add(tx, 'application.requirements-missing.v1', draft.id, {
        applicationId: draft.id,
        applicantId: draft.applicantId,
        season: draft.season,
        exchangeProgramId: programId,
        closesAt: closesAt.toISOString(),
        daysBefore: send,
        missing,
      });
    }
    await tx.requirementReminder.update({
      where: { exchangeProgramId_daysBefore_closesAt: { exchangeProgramId: programId, daysBefore: send, closesAt } },
      data: { told: drafts.length },
    });
    return drafts.length;
  }

  /** What the draft's choice of `program` lacks (its documents, answers, referees), and a guardian when a minor names none. */
  private async missingFor(tx: Tx, draft: { id: string; applicantId: string; choices: Array<{ exchangeProgramId: string }> }, program: KnownProgramState) {
    // Asked for this one choice, the items are named `choices.0.…`: name them by the choice's rank in the draft.
    const index = draft.choices.findIndex((choice) => choice.exchangeProgramId === program.id);
    const items = (await this.missing.execute({ applicationId: draft.id, choices: [{ exchangeProgramId: program.id }], programs: new Map([[program.id, program]]) }, tx)).map(
      (item) => ({ ...item, field: item.field.replace(/^choices\.0\./, `choices.${index}.`) }),
    );
    const profile = await this.applicants.find(draft.applicantId, tx);
    if (profile && !profile.guardian && ageOn(profile.birthDate, program.travelStart) < AGE_OF_MAJORITY) {
      items.push({ field: 'guardian', rule: 'guardian', message: 'you are a minor on the travel date: name a guardian in your profile' });
    }
    return items.map(({ field, rule, message }) => ({ field, rule, message }));
  }
}
