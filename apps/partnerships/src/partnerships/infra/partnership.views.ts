import { Inject, Injectable } from '@nestjs/common';
import type { AgreementVersion, Approval, City, Partnership, PartnershipChange, Prisma, PrismaClient } from '@scn-prisma/partnerships';
import {
  agreementTermsSchema,
  contactSchema,
  type ExchangeCategory,
  type PartnershipView,
} from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { z } from 'zod';
import { sidesAwaitingApproval } from '../domain/awaiting-approval';
import type { PendingTermination } from '../domain/partnership.state';
import { toIsoDate } from './partnership-state.mapper';

const contactsSchema = z.array(contactSchema);
const RECENT_CHANGES = 5;

const viewInclude = {
  memberCity: true,
  partnerCity: true,
  versions: { orderBy: { version: 'desc' } },
  approvals: { orderBy: { createdAt: 'asc' } },
  history: { orderBy: { id: 'desc' }, take: RECENT_CHANGES },
  _count: { select: { history: true } },
} satisfies Prisma.PartnershipInclude;

type Client = PrismaClient | Prisma.TransactionClient;
/** What a summary reads: the partnership, its cities, and (for whose signature it waits) its versions' states and approvals. */
type SummaryRow = Partnership & {
  memberCity: City;
  partnerCity: City;
  versions: Array<Pick<AgreementVersion, 'version' | 'state'>>;
  approvals: Array<Pick<Approval, 'version' | 'side'>>;
};

/** A Prisma `include` of what `toPartnershipSummary` reads. */
export const summaryInclude = {
  memberCity: true,
  partnerCity: true,
  versions: { select: { version: true, state: true } },
  approvals: { select: { version: true, side: true } },
} satisfies Prisma.PartnershipInclude;

/** Builds what the API shows of partnerships, from the database (inside a command's transaction or not). */
@Injectable()
export class PartnershipViews {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async read(id: string, client: Client = this.db): Promise<PartnershipView | null> {
    const row = await client.partnership.findUnique({ where: { id }, include: viewInclude });
    if (!row) return null;
    return {
      ...toPartnershipSummary(row),
      memberContacts: contactsSchema.parse(row.memberContacts),
      partnerContacts: contactsSchema.parse(row.partnerContacts),
      versions: row.versions.map((v) => ({
        version: v.version,
        terms: agreementTermsSchema.parse(v.terms),
        termsHash: v.termsHash,
        state: v.state,
        createdBy: v.createdBy,
        createdAt: v.createdAt.toISOString(),
        approvals: row.approvals
          .filter((a) => a.version === v.version)
          .map((a) => ({
            side: a.side,
            termsHash: a.termsHash,
            signatoryName: a.signatoryName,
            signatoryOffice: a.signatoryOffice,
            signedOn: toIsoDate(a.signedOn),
            documentRef: a.documentRef,
            approvedBy: a.approvedBy,
            approvedAt: a.createdAt.toISOString(),
          })),
      })),
      history: { total: row._count.history, recent: row.history.map(toChangeView) },
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export function toPartnershipSummary(row: SummaryRow) {
  return {
    id: row.id,
    memberProgramId: row.memberProgramId,
    memberCityId: row.memberCityId,
    partnerCityId: row.partnerCityId,
    memberCity: cityRef(row.memberCity),
    partnerCity: cityRef(row.partnerCity),
    kind: row.kind,
    focusAreas: row.focusAreas as ExchangeCategory[],
    status: row.status,
    startDate: row.startDate ? toIsoDate(row.startDate) : null,
    currentVersion: row.currentVersion,
    inForceVersion: row.inForceVersion,
    awaitingApproval: sidesAwaitingApproval({
      status: row.status,
      currentVersionState: row.versions.find((v) => v.version === row.currentVersion)?.state ?? null,
      approvedSides: row.approvals.filter((a) => a.version === row.currentVersion).map((a) => a.side),
    }),
    pendingTermination: (row.pendingTermination as PendingTermination | null) ?? null,
    revision: row.revision,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toChangeView(change: PartnershipChange) {
  return {
    id: change.id,
    at: change.at.toISOString(),
    actorId: change.actorId,
    action: change.action,
    details: (change.details ?? {}) as Record<string, unknown>,
  };
}

const cityRef = (city: City) => ({ id: city.id, name: city.name, countryCode: city.countryCode });
