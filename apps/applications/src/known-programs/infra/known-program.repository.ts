import type { Prisma } from '@scn-prisma/applications';
import type { KnownProgramState, KnownProgramStatus, ProgramRules } from '../domain/known-program';

export type Tx = Prisma.TransactionClient;
type Row = Prisma.KnownProgramGetPayload<{ select: typeof STATE_FIELDS }>;

/** Reads and writes known programs inside the caller's transaction. */
export const knownProgramRepository = {
  /** The program, locked until the transaction ends (two replicas apply its events one after the other). */
  async findForUpdate(tx: Tx, id: string): Promise<KnownProgramState | null> {
    await tx.$queryRaw`SELECT 1 FROM known_programs WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await tx.knownProgram.findUnique({ where: { id }, select: STATE_FIELDS });
    return row && toState(row);
  },

  async save(tx: Tx, state: KnownProgramState): Promise<void> {
    const { id, ...fields } = state;
    const data = { ...fields, eligibility: (fields.eligibility ?? undefined) as Prisma.InputJsonValue | undefined };
    await tx.knownProgram.upsert({ where: { id }, create: { id, ...data }, update: data });
  },

  /** The programs of `ids` (those known), by id. */
  async findMany(tx: Tx, ids: readonly string[]): Promise<Map<string, KnownProgramState>> {
    const rows = await tx.knownProgram.findMany({ where: { id: { in: [...ids] } }, select: STATE_FIELDS });
    return new Map(rows.map((row) => [row.id, toState(row)]));
  },
};

export const STATE_FIELDS = {
  id: true,
  partnershipId: true,
  memberProgramId: true,
  memberCityId: true,
  partnerCityId: true,
  memberCountryCode: true,
  partnerCountryCode: true,
  season: true,
  category: true,
  title: true,
  direction: true,
  languages: true,
  travelStart: true,
  travelEnd: true,
  applicationOpensAt: true,
  applicationClosesAt: true,
  decisionReleaseAt: true,
  offerResponseDeadline: true,
  capacityMember: true,
  capacityPartner: true,
  eligibility: true,
  status: true,
  windowOpen: true,
  paused: true,
  cancelReason: true,
  lastEventAt: true,
} as const satisfies Prisma.KnownProgramSelect;

function toState(row: Row): KnownProgramState {
  return {
    ...row,
    direction: row.direction as KnownProgramState['direction'],
    status: row.status as KnownProgramStatus,
    eligibility: row.eligibility as ProgramRules | null,
  };
}
