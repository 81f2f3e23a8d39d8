import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@scn-prisma/exchanges';
import type { RawSql } from '@scn/platform';
import { BothTransactions, countingStatements } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import {
  ApplyPartnershipEventHandler,
  type ApplyPartnershipEventCommand,
} from '../src/known-partnerships/commands/apply-partnership-event/apply-partnership-event.handler';
import type { FollowedPartnershipEvent, PartnershipFact, PartnershipStatusChange } from '../src/known-partnerships/domain/known-partnership';

// A lane's batch of partnership events updates the known partnerships with one lock and one
// write per run of distinct partnerships (issue #16): the rows, the status changes and what
// reacts to each change must be those of the events applied one after the other — also when
// a partnership comes back in the batch, and in both kinds of transaction.

const T0 = Date.parse('2026-12-06T12:00:00Z');

/** Events of three partnerships, interleaved as on the stream; one arrives late and is skipped. */
function batchOfEvents(): { commands: ApplyPartnershipEventCommand[]; ids: string[] } {
  const [p, q, r] = [uuidv7(), uuidv7(), uuidv7()];
  const event = (partnershipId: string, name: FollowedPartnershipEvent, minute: number, extra: Partial<PartnershipFact> = {}) => ({
    fact: {
      event: name,
      time: new Date(T0 + minute * 60_000),
      partnershipId,
      memberProgramId: null,
      memberCityId: 'gn:990000401',
      partnerCityId: 'gn:990000402',
      memberCountryCode: 'US',
      partnerCountryCode: 'DE',
      ...extra,
    },
    reason: name === 'suspended' ? 'municipal elections' : null,
  });
  return {
    ids: [p, q, r],
    commands: [
      event(p, 'proposed', 1),
      event(q, 'proposed', 1),
      event(p, 'approved', 2),
      event(p, 'activated', 3, { version: 1 }),
      event(r, 'activated', 2, { version: 2 }),
      event(q, 'activated', 2, { version: 1 }),
      event(p, 'suspended', 4),
      event(r, 'proposed', 1),
      event(p, 'reactivated', 5),
    ],
  };
}


describe.each(BothTransactions.KINDS)('known partnerships from a batch of partnership events, in %s', (_kind, transactionsOf) => {
  let both: BothTransactions<PrismaClient>;
  const handler = new ApplyPartnershipEventHandler();

  beforeAll(async () => {
    both = await BothTransactions.create('exchanges', (pool) => new PrismaClient({ adapter: new PrismaPg(pool) }));
  });
  afterAll(() => both?.dispose());

  /** The partnerships' rows, with what tells one from another but their ids. */
  async function rowsOf(ids: string[]) {
    const rows = await both.db.knownPartnership.findMany({ where: { id: { in: ids } } });
    return rows
      .map(({ id, updatedAt: _updatedAt, ...row }) => ({ partnership: ids.indexOf(id), ...row }))
      .sort((a, b) => a.partnership - b.partnership);
  }

  /**
   * Applies `batches` of the commands, each in one `executeMany`; returns each command's
   * change, and each change as `onChange` saw it, with the status its partnership's row had then.
   */
  async function apply(batches: ApplyPartnershipEventCommand[][], ids: string[]) {
    const changes: Array<PartnershipStatusChange | null> = [];
    const reactions: Array<{ index: number; to: string; rowStatus: string | undefined }> = [];
    let statements = 0;
    await transactionsOf(both).$transaction(async (raw: RawSql) => {
      const { tx, statements: sent } = countingStatements(raw);
      for (const batch of batches) {
        const offset = changes.length;
        changes.push(
          ...(await handler.executeMany(batch, tx, async (change, index) => {
            const [row] = await raw.$queryRawUnsafe<Array<{ status: string }>>('SELECT status::text AS status FROM known_partnerships WHERE id = $1::uuid', change.partnershipId);
            reactions.push({ index: offset + index, to: change.to, rowStatus: row?.status });
          })),
        );
      }
      statements = sent();
    });
    const named = changes.map((change) => change && { ...change, partnershipId: ids.indexOf(change.partnershipId) });
    return { changes: named, reactions, statements };
  }

  it('are those of the events one after the other, with a status change for each event that made one', async () => {
    const batch = batchOfEvents();
    const batched = await apply([batch.commands], batch.ids);
    const alone = batchOfEvents();
    const oneByOne = await apply(alone.commands.map((command) => [command]), alone.ids);

    expect(await rowsOf(batch.ids)).toEqual(await rowsOf(alone.ids));
    expect(batched.changes).toEqual(oneByOne.changes);
    expect(batched.reactions).toEqual(oneByOne.reactions);
    expect(batched.changes).toEqual([
      { partnershipId: 0, from: null, to: 'proposed', reason: null },
      { partnershipId: 1, from: null, to: 'proposed', reason: null },
      null, // approved: still proposed
      { partnershipId: 0, from: 'proposed', to: 'active', reason: null },
      { partnershipId: 2, from: null, to: 'active', reason: null },
      { partnershipId: 1, from: 'proposed', to: 'active', reason: null },
      { partnershipId: 0, from: 'active', to: 'suspended', reason: 'municipal elections' },
      null, // r's proposal, older than its activation: skipped
      { partnershipId: 0, from: 'suspended', to: 'active', reason: null },
    ]);
    // What reacts to a change finds the partnership's row as that event left it.
    expect(batched.reactions.every((reaction) => reaction.rowStatus === reaction.to)).toBe(true);
    expect(await rowsOf(batch.ids)).toEqual([
      expect.objectContaining({ partnership: 0, status: 'active', inForceVersion: 1, lastChangedAt: new Date(T0 + 5 * 60_000) }),
      expect.objectContaining({ partnership: 1, status: 'active', inForceVersion: 1, memberCountryCode: 'US', partnerCountryCode: 'DE' }),
      expect.objectContaining({ partnership: 2, status: 'active', inForceVersion: 2, lastChangedAt: new Date(T0 + 2 * 60_000) }),
    ]);
  });

  it('takes one lock and one write per run of distinct partnerships: two statements for an import-like batch of any size', async () => {
    const many = (n: number) => {
      const ids = Array.from({ length: n }, () => uuidv7());
      const commands = ids.map((partnershipId) => ({
        fact: { event: 'activated' as const, time: new Date(T0), partnershipId, memberProgramId: null, memberCityId: 'gn:990000401', partnerCityId: 'gn:990000402', memberCountryCode: 'US', partnerCountryCode: 'DE', version: 1 },
        reason: null,
      }));
      return { ids, commands };
    };
    const two = many(2);
    const forty = many(40);
    expect((await apply([two.commands], two.ids)).statements).toBe(2);
    expect((await apply([forty.commands], forty.ids)).statements).toBe(2);
    expect((await rowsOf(forty.ids)).filter((row) => row.status === 'active')).toHaveLength(40);
    // The interleaved batch: p comes back four times, so five runs.
    const batch = batchOfEvents();
    expect((await apply([batch.commands], batch.ids)).statements).toBe(10);
  });

  it('changes nothing when the same batch comes again', async () => {
    const batch = batchOfEvents();
    await apply([batch.commands], batch.ids);
    const before = await rowsOf(batch.ids);
    const again = await apply([batch.commands], batch.ids);
    expect(again.changes.every((change) => change === null)).toBe(true);
    expect(await rowsOf(batch.ids)).toEqual(before);
  });
});
