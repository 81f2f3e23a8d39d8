import type { AgreementVersion, Approval, Partnership } from '@scn-prisma/partnerships';
import { agreementTermsSchema, contactSchema, type ExchangeCategory } from '@scn/contracts';
import { z } from 'zod';
import type { PartnershipState, PendingTermination } from '../domain/partnership.state';

const contactsSchema = z.array(contactSchema);

export type PartnershipRecord = Partnership & { versions: AgreementVersion[]; approvals: Approval[] };

/** A `date` column as YYYY-MM-DD (Prisma reads it as midnight UTC). */
export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);
export const fromIsoDate = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

/** The rows of one partnership as the domain sees them. JSON columns are parsed, never trusted blindly. */
export function toPartnershipState(row: PartnershipRecord): PartnershipState {
  return {
    id: row.id,
    memberProgramId: row.memberProgramId,
    memberCityId: row.memberCityId,
    partnerCityId: row.partnerCityId,
    kind: row.kind,
    focusAreas: row.focusAreas as ExchangeCategory[],
    status: row.status,
    startDate: row.startDate ? toIsoDate(row.startDate) : null,
    currentVersion: row.currentVersion,
    inForceVersion: row.inForceVersion,
    pendingTermination: (row.pendingTermination as PendingTermination | null) ?? null,
    memberContacts: contactsSchema.parse(row.memberContacts),
    partnerContacts: contactsSchema.parse(row.partnerContacts),
    versions: [...row.versions]
      .sort((a, b) => a.version - b.version)
      .map((v) => ({
        version: v.version,
        terms: agreementTermsSchema.parse(v.terms),
        termsHash: v.termsHash,
        state: v.state,
        createdBy: v.createdBy,
      })),
    approvals: row.approvals.map((a) => ({
      version: a.version,
      side: a.side,
      termsHash: a.termsHash,
      signatoryName: a.signatoryName,
      signatoryOffice: a.signatoryOffice,
      signedOn: toIsoDate(a.signedOn),
      documentRef: a.documentRef,
      approvedBy: a.approvedBy,
    })),
  };
}
