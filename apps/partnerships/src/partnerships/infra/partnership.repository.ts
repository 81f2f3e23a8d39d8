import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import type { RecordedChange } from '@scn/platform/domain';
import { v7 as uuidv7 } from 'uuid';
import type { AgreementWrites } from '../domain/partnership-agreement.entity';
import type { PartnershipEventCountries } from '../domain/partnership.events';
import type { PartnershipState } from '../domain/partnership.state';
import { fromIsoDate, toPartnershipState } from './partnership-state.mapper';

export type Tx = Prisma.TransactionClient;

/** Reads and writes partnerships with their versions, approvals and history. */
@Injectable()
export class PartnershipRepository {
  constructor(@Inject(DATABASE) readonly db: PrismaClient) {}

  /**
   * Loads a partnership and locks its row until the transaction ends: two concurrent
   * commands (say both sides approving at once) run one after the other, each seeing
   * what the other wrote.
   */
  async lockForChange(tx: Tx, id: string): Promise<{ state: PartnershipState; revision: number } | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM partnerships WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    const row = await tx.partnership.findUniqueOrThrow({ where: { id }, include: { versions: true, approvals: true } });
    return { state: toPartnershipState(row), revision: row.revision };
  }

  /**
   * A partnership between the two cities (either way round) that is not terminated.
   * Serialized per city pair by an advisory lock, so two proposals cannot both pass.
   */
  async findLiveBetween(tx: Tx, cityA: string, cityB: string): Promise<string | null> {
    const pair = [cityA, cityB].sort().join('|');
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`partnership:${pair}`}, 0))`;
    const found = await tx.partnership.findFirst({
      where: {
        status: { not: 'terminated' },
        OR: [
          { memberCityId: cityA, partnerCityId: cityB },
          { memberCityId: cityB, partnerCityId: cityA },
        ],
      },
      select: { id: true },
    });
    return found?.id ?? null;
  }

  async insert(tx: Tx, state: PartnershipState, writes: AgreementWrites): Promise<void> {
    await tx.partnership.create({ data: { id: state.id, ...columns(state) } });
    await this.writeChildren(tx, state.id, writes);
  }

  /** Writes the new state; the revision check is a second guard behind the row lock. */
  async update(tx: Tx, state: PartnershipState, revision: number, writes: AgreementWrites): Promise<void> {
    const { count } = await tx.partnership.updateMany({
      where: { id: state.id, revision },
      data: { ...columns(state), revision: { increment: 1 } },
    });
    if (count !== 1) throw new Error(`partnership ${state.id} changed under its lock (revision ${revision})`);
    await this.writeChildren(tx, state.id, writes);
  }

  async addHistory(tx: Tx, partnershipId: string, actorId: string | null, change: RecordedChange, at: Date): Promise<void> {
    await tx.partnershipChange.create({
      data: { id: uuidv7(), partnershipId, actorId, action: change.action, details: change.details as Prisma.InputJsonObject, at },
    });
  }

  /** Both cities' countries (ISO2) and names, which every `partnership.*` event carries. */
  async citiesOf(tx: Tx, memberCityId: string, partnerCityId: string): Promise<Omit<PartnershipEventCountries, 'title'>> {
    const cities = await tx.city.findMany({
      where: { id: { in: [memberCityId, partnerCityId] } },
      select: { id: true, name: true, countryCode: true },
    });
    const cityOf = (id: string) => {
      const city = cities.find((candidate) => candidate.id === id);
      // Partnerships reference cities by foreign key: a missing one is a broken invariant, not a user error.
      if (!city) throw new Error(`City ${id} of a partnership is missing`);
      return city;
    };
    const member = cityOf(memberCityId);
    const partner = cityOf(partnerCityId);
    return {
      memberCountryCode: member.countryCode,
      partnerCountryCode: partner.countryCode,
      memberCityName: member.name,
      partnerCityName: partner.name,
    };
  }

  private async writeChildren(tx: Tx, partnershipId: string, writes: AgreementWrites): Promise<void> {
    for (const v of writes.touchedVersions) {
      await tx.agreementVersion.upsert({
        where: { partnershipId_version: { partnershipId, version: v.version } },
        create: {
          partnershipId,
          version: v.version,
          terms: v.terms as Prisma.InputJsonObject,
          termsHash: v.termsHash,
          state: v.state,
          createdBy: v.createdBy,
        },
        update: { state: v.state },
      });
    }
    if (writes.newApprovals.length > 0) {
      await tx.approval.createMany({
        data: writes.newApprovals.map((a) => ({ id: uuidv7(), partnershipId, ...a, signedOn: fromIsoDate(a.signedOn) })),
      });
    }
  }
}

function columns(state: PartnershipState) {
  return {
    memberProgramId: state.memberProgramId,
    memberCityId: state.memberCityId,
    partnerCityId: state.partnerCityId,
    kind: state.kind,
    focusAreas: state.focusAreas,
    status: state.status,
    startDate: state.startDate ? fromIsoDate(state.startDate) : null,
    currentVersion: state.currentVersion,
    inForceVersion: state.inForceVersion,
    pendingTermination: state.pendingTermination ? { ...state.pendingTermination } : Prisma.DbNull,
    memberContacts: state.memberContacts as Prisma.InputJsonArray,
    partnerContacts: state.partnerContacts as Prisma.InputJsonArray,
  };
}
