import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient } from '@scn-prisma/applications';
import { DATABASE } from '@scn/platform';
import type { ApplicantProfile } from '../domain/applicant-profile';
import { ApplicantErrors } from '../domain/applicant.errors';

type Db = PrismaClient | Prisma.TransactionClient;
type Row = Prisma.ApplicantGetPayload<object>;
export type ErasedApplicantRow = Prisma.ErasedApplicantGetPayload<object>;

/** Applicant profiles: one row per account. */
@Injectable()
export class ApplicantRepository {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async find(accountId: string, tx: Db = this.db): Promise<(ApplicantProfile & { createdAt: Date; updatedAt: Date }) | null> {
    const row = await tx.applicant.findUnique({ where: { accountId } });
    return row && toProfile(row);
  }

  /**
   * The profile a new application starts from, its row share-locked until the transaction
   * ends (an erasure, which deletes it, waits; and once erased, this sees it). Refused once
   * the account erased its data; null without a profile.
   */
  async findForApplying(accountId: string, tx: Prisma.TransactionClient): Promise<(ApplicantProfile & { createdAt: Date; updatedAt: Date }) | null> {
    const locked = await tx.$queryRaw<unknown[]>`SELECT 1 FROM applicants WHERE account_id = ${accountId}::uuid FOR SHARE`;
    if (locked.length === 0) {
      if (await this.erasure(accountId, tx)) throw ApplicantErrors.erased();
      return null;
    }
    return this.find(accountId, tx);
  }

  /** The account's erasure (when, what it kept), or null when it never erased its data. */
  erasure(accountId: string, tx: Db = this.db): Promise<ErasedApplicantRow | null> {
    return tx.erasedApplicant.findUnique({ where: { accountId } });
  }

  /**
   * Serialises what creates or erases an account's applicant data (a profile saved, an
   * erasure) with a transaction-scoped advisory lock, taken before any row lock.
   */
  async lockAccount(tx: Prisma.TransactionClient, accountId: string): Promise<void> {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`applicant:${accountId}`}))::text`;
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
