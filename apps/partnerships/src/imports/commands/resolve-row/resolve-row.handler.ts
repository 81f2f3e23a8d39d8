import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, ImportReportedRowView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { GazetteerCity } from '../../domain/city-matcher';
import { importError } from '../../domain/import.errors';
import { importKeyOf } from '../../domain/import-key';
import { placePair } from '../../domain/row-placement';
import { checkPair, planResolution, type SideCity } from '../../domain/row-settlement';
import { isStaff } from '../../domain/staff-only';
import { addStaffCity } from '../../../gazetteer/infra/staff-city.writer';
import { loadPartnerships } from '../../infra/loaded-partnerships';
import { citiesById, lockReportedRow, programsOf, saveSettlement, toReportedRowView, type Tx } from '../../infra/reported-row.repository';

export type ResolveRowCommand = RpcParsedRequest<'imports.resolve-row'>;

/**
 * A person settles a row the import could not load (issue #14): loads it on the cities
 * they give — a candidate of a side's name, or a city they add to the gazetteer — exactly
 * as the import loads a row, but announced as new (`partnership.activated.v1` without
 * `imported`); or dismisses it. The row is locked while it is settled; the same resolution
 * again answers as the first time and writes nothing; another one is a 409.
 */
@Injectable()
export class ResolveRowHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ResolveRowCommand, caller: CallerIdentity | undefined): Promise<ImportReportedRowView> {
    if (!isStaff(caller)) throw importError('staffOnly');
    const by = caller?.accountId ?? null;
    return this.db.$transaction(async (tx) => {
      const { record, state } = await lockReportedRow(tx, command.importId, command.rowNumber);
      const plan = planResolution(state, command.resolution);
      const now = this.clock.now();
      if (plan.kind === 'repeat') return toReportedRowView(record, state.dryRun);
      if (plan.kind === 'dismiss') {
        const saved = await saveSettlement(tx, record.id, {
          resolution: 'dismissed',
          settlement: { request: command.resolution, reason: plan.reason },
          by,
          at: now,
        });
        return toReportedRowView(saved, state.dryRun);
      }
      const added: string[] = [];
      const member = await cityFor(tx, plan.member, 'member', added);
      const partner = await cityFor(tx, plan.partner, 'partner', added);
      checkPair(member.id, partner.id);
      const { reading } = plan;
      const placed = placePair(member, partner, reading.programName, await programsOf(tx, [member.id, partner.id]));
      const key = importKeyOf(member.id, partner.id);
      // A pair that has a partnership already (loaded meanwhile, or proposed on the platform) is
      // the row's partnership, as for the import (its row is then unchanged): nothing is created.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`partnership:${key}`}, 0))`;
      let partnershipId = await existingPartnership(tx, member.id, partner.id);
      let created = false;
      if (!partnershipId) {
        const [id] = await loadPartnerships(
          tx,
          this.outbox,
          [
            {
              id: uuidv7(),
              key,
              member: placed.member,
              partner: placed.partner,
              memberProgramId: placed.memberProgramId,
              kind: reading.kind ?? 'sister_city',
              startYear: reading.startYear,
              rowNumber: record.rowNumber,
              remarks: reading.remarks,
            },
          ],
          { importId: command.importId, actorId: by, announce: true },
          { settledBy: by },
        );
        partnershipId = id ?? (await existingPartnership(tx, member.id, partner.id));
        created = id !== undefined;
      }
      const saved = await saveSettlement(tx, record.id, {
        resolution: 'loaded',
        settlement: { request: command.resolution, memberCityId: member.id, partnerCityId: partner.id, partnershipId, created, addedCityIds: added },
        by,
        at: now,
      });
      return toReportedRowView(saved, state.dryRun);
    });
  }
}

/** The city of a side: the one the import matched or the person chose (it must exist), or the one they add. */
async function cityFor(tx: Tx, side: SideCity, name: 'member' | 'partner', added: string[]): Promise<GazetteerCity> {
  if ('add' in side) {
    const city = await addStaffCity(tx, side.add);
    added.push(city.id);
    return { ...city, altNames: city.altNames };
  }
  const found = (await citiesById(tx, [side.cityId])).get(side.cityId);
  if (!found) throw importError('invalidCity', `The ${name} side's city ${side.cityId} is not in the gazetteer`);
  return found;
}

async function existingPartnership(tx: Tx, a: string, b: string): Promise<string | null> {
  const found = await tx.partnership.findFirst({
    where: { OR: [{ memberCityId: a, partnerCityId: b }, { memberCityId: b, partnerCityId: a }] },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  return found?.id ?? null;
}
