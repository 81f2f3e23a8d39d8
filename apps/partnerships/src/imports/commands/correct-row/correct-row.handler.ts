import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, ImportReportedRowView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { importError } from '../../domain/import.errors';
import { importKeyOf } from '../../domain/import-key';
import { checkPair, partnershipSideOf, planCorrection, type StoredSettlement } from '../../domain/row-settlement';
import { isStaff } from '../../domain/staff-only';
import { addStaffCity } from '../../../gazetteer/infra/staff-city.writer';
import { citiesById, lockReportedRow, saveSettlement, toReportedRowView, type Tx } from '../../infra/reported-row.repository';

export type CorrectRowCommand = RpcParsedRequest<'imports.correct-row'>;

/**
 * A person corrects the city of one side of a loaded row (chosen wrongly among places of
 * one name, by the import or by a person): the row's partnership moves to the right city —
 * its city and import key change, a `city-corrected` history line records from → to and
 * who, and an event tells the services that follow partnerships. Correcting a side to the
 * city it is on already changes nothing.
 */
@Injectable()
export class CorrectRowHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CorrectRowCommand, caller: CallerIdentity | undefined): Promise<ImportReportedRowView> {
    if (!isStaff(caller)) throw importError('staffOnly');
    const by = caller?.accountId ?? null;
    return this.db.$transaction(async (tx) => {
      const { record, state } = await lockReportedRow(tx, command.importId, command.rowNumber);
      const plan = planCorrection(state, command.correction);
      if (plan.kind === 'unchanged') return toReportedRowView(record, state.dryRun);
      const now = this.clock.now();
      const partnership = await lockImportedPartnership(tx, plan.cities.member, plan.cities.partner);
      if (!partnership) {
        throw importError('rowNotLoaded', 'The row’s pair has no imported partnership (it was proposed on the platform, or is gone): nothing to move.');
      }
      const to = 'add' in plan.to ? await addStaffCity(tx, plan.to.add) : (await citiesById(tx, [plan.to.cityId])).get(plan.to.cityId);
      if (!to) throw importError('invalidCity', `${'cityId' in plan.to ? plan.to.cityId : ''} is not in the gazetteer`);
      const fileCities = { ...plan.cities, [plan.side]: to.id };
      checkPair(fileCities.member, fileCities.partner);
      const key = importKeyOf(fileCities.member, fileCities.partner);
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`partnership:${key}`}, 0))`;
      const taken = await tx.partnership.findFirst({
        where: {
          id: { not: partnership.id },
          OR: [
            { memberCityId: fileCities.member, partnerCityId: fileCities.partner },
            { memberCityId: fileCities.partner, partnerCityId: fileCities.member },
          ],
        },
        select: { id: true },
      });
      if (taken) throw importError('pairExists', `Partnership ${taken.id} already links ${fileCities.member} and ${fileCities.partner}`);

      // The partnership's side of the file's side (the import puts the network's city on the member side).
      const side = partnershipSideOf(partnership, plan.fromCityId);
      const moved = side === 'member' ? { memberCityId: to.id } : { partnerCityId: to.id };
      // A member program is its city's: moving the member side takes the new city's first one (or none).
      const program =
        side === 'member'
          ? await tx.memberProgram.findFirst({ where: { cityId: to.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } })
          : undefined;
      const updated = await tx.partnership.update({
        where: { id: partnership.id },
        data: { ...moved, ...(side === 'member' && { memberProgramId: program?.id ?? null }), importKey: key, revision: { increment: 1 } },
        include: { memberCity: true, partnerCity: true, versions: { orderBy: { version: 'desc' }, take: 1 } },
      });
      const reason = command.correction.reason ?? null;
      await tx.partnershipChange.create({
        data: {
          id: uuidv7(),
          partnershipId: partnership.id,
          actorId: by,
          action: 'city-corrected',
          details: { side, fromCityId: plan.fromCityId, toCityId: to.id, importId: command.importId, rowNumber: record.rowNumber, reason },
          at: now,
        },
      });
      const title = (updated.versions[0]?.terms as { title?: string } | undefined)?.title;
      await this.outbox.add(tx, 'partnership.city-corrected.v1', updated.id, {
        partnershipId: updated.id,
        memberProgramId: updated.memberProgramId,
        memberCityId: updated.memberCityId,
        partnerCityId: updated.partnerCityId,
        memberCountryCode: updated.memberCity.countryCode,
        partnerCountryCode: updated.partnerCity.countryCode,
        memberCityName: updated.memberCity.name,
        partnerCityName: updated.partnerCity.name,
        ...(title && { title }),
        side,
        fromCityId: plan.fromCityId,
        toCityId: to.id,
      });
      const before: StoredSettlement = state.settlement ?? {};
      const settlement: StoredSettlement = {
        ...before,
        memberCityId: fileCities.member,
        partnerCityId: fileCities.partner,
        partnershipId: partnership.id,
        ...('add' in plan.to && { addedCityIds: [...(before.addedCityIds ?? []), to.id] }),
        corrections: [...(before.corrections ?? []), { side: plan.side, fromCityId: plan.fromCityId, toCityId: to.id, by, at: now.toISOString(), reason }],
      };
      const saved = await saveSettlement(tx, record.id, { settlement });
      return toReportedRowView(saved, state.dryRun);
    });
  }
}

/** The imported partnership of a pair (either way round), locked for the move. */
async function lockImportedPartnership(tx: Tx, a: string, b: string): Promise<{ id: string; memberCityId: string; partnerCityId: string } | null> {
  const rows = await tx.$queryRaw<Array<{ id: string; memberCityId: string; partnerCityId: string }>>`
    SELECT id::text AS id, member_city_id AS "memberCityId", partner_city_id AS "partnerCityId" FROM partnerships
     WHERE import_key = ${importKeyOf(a, b)} FOR UPDATE`;
  return rows[0] ?? null;
}

