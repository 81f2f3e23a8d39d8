import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient } from '@scn-prisma/applications';
import { DATABASE } from '@scn/platform';
import type { ApplicantProfile } from '../domain/applicant-profile';

type Db = PrismaClient | Prisma.TransactionClient;
type Row = Prisma.ApplicantGetPayload<object>;

/** Applicant profiles: one row per account. */
@Injectable()
export class ApplicantRepository {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async find(accountId: string, tx: Db = this.db): Promise<(ApplicantProfile & { createdAt: Date; updatedAt: Date }) | null> {
    const row = await tx.applicant.findUnique({ where: { accountId } });
    return row && toProfile(row);
  }

  /** Creates or replaces the profile with what the applicant last said. */
  async save(profile: ApplicantProfile, tx: Db = this.db): Promise<void> {
    const { accountId, ...fields } = profile;
    const data = {
      ...fields,
      languages: fields.languages.map((entry) => ({ ...entry })),
      emergencyContact: { ...fields.emergencyContact },
      guardian: fields.guardian ? { ...fields.guardian } : Prisma.DbNull,
    };
    await tx.applicant.upsert({ where: { accountId }, create: { accountId, ...data }, update: data });
  }
}

function toProfile(row: Row): ApplicantProfile & { createdAt: Date; updatedAt: Date } {
  return {
    ...row,
    languages: row.languages as unknown as ApplicantProfile['languages'],
    emergencyContact: row.emergencyContact as unknown as ApplicantProfile['emergencyContact'],
    guardian: row.guardian as ApplicantProfile['guardian'],
  };
}
