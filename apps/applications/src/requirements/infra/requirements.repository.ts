import { Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/applications';
import type { DocumentRequirement, ProgramRequirementsBody, Question } from '@scn/contracts';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { defaultRequirements, type ProgramRequirements } from '../domain/program-requirements';
import type { Answers } from '../domain/questionnaire';

export type Db = PrismaClient | Prisma.TransactionClient;

/** Program requirements and the applicant's answers, read and written in the caller's transaction. */
@Injectable()
export class RequirementsRepository {
  /** Each program's requirements: as set, or the default from its eligibility rules. */
  async forPrograms(db: Db, programs: readonly Pick<KnownProgramState, 'id' | 'eligibility'>[]): Promise<Map<string, ProgramRequirements>> {
    const rows = programs.length
      ? await db.programRequirements.findMany({ where: { exchangeProgramId: { in: programs.map((program) => program.id) } } })
      : [];
    const set = new Map(rows.map((row) => [row.exchangeProgramId, row]));
    return new Map(
      programs.map((program) => {
        const row = set.get(program.id);
        const requirements: ProgramRequirements = row
          ? {
              documents: row.documents as unknown as DocumentRequirement[],
              questions: row.questions as unknown as Question[],
              recommendations: row.recommendations,
              source: 'program',
              updatedAt: row.updatedAt,
            }
          : defaultRequirements(program.eligibility);
        return [program.id, requirements];
      }),
    );
  }

  /** One program's requirements. */
  async forProgram(db: Db, program: Pick<KnownProgramState, 'id' | 'eligibility'>): Promise<ProgramRequirements> {
    return (await this.forPrograms(db, [program])).get(program.id) ?? defaultRequirements(program.eligibility);
  }

  async save(db: Db, exchangeProgramId: string, body: ProgramRequirementsBody, actorId: string | null, now: Date): Promise<void> {
    const data = {
      documents: body.documents.map((document) => ({ ...document })),
      questions: body.questions.map((question) => JSON.parse(JSON.stringify(question)) as Prisma.InputJsonObject),
      recommendations: body.recommendations,
      updatedBy: actorId,
      updatedAt: now,
    };
    await db.programRequirements.upsert({ where: { exchangeProgramId }, create: { exchangeProgramId, ...data }, update: data });
  }

  /** The application's answers, by program. */
  async answers(db: Db, applicationId: string): Promise<Map<string, { answers: Answers; updatedAt: Date }>> {
    const rows = await db.applicationAnswers.findMany({ where: { applicationId } });
    return new Map(rows.map((row) => [row.exchangeProgramId, { answers: row.answers as Answers, updatedAt: row.updatedAt }]));
  }

  async saveAnswers(db: Db, applicationId: string, exchangeProgramId: string, answers: Answers, now: Date): Promise<void> {
    const data = { answers, updatedAt: now };
    await db.applicationAnswers.upsert({
      where: { applicationId_exchangeProgramId: { applicationId, exchangeProgramId } },
      create: { applicationId, exchangeProgramId, ...data },
      update: data,
    });
  }

  /** Requirement keys with a document uploaded. */
  async uploadedKeys(db: Db, applicationId: string): Promise<Set<string>> {
    const rows = await db.applicationDocument.findMany({ where: { applicationId }, select: { requirementKey: true } });
    return new Set(rows.map((row) => row.requirementKey));
  }

  /** Referees named (not removed) per program, and letters received. */
  async refereeCounts(db: Db, applicationId: string): Promise<Map<string, { named: number; received: number }>> {
    const rows = await db.recommendation.findMany({
      where: { applicationId, cancelledAt: null },
      select: { exchangeProgramId: true, receivedAt: true },
    });
    const counts = new Map<string, { named: number; received: number }>();
    for (const row of rows) {
      const count = counts.get(row.exchangeProgramId) ?? { named: 0, received: 0 };
      count.named += 1;
      if (row.receivedAt) count.received += 1;
      counts.set(row.exchangeProgramId, count);
    }
    return counts;
  }
}
