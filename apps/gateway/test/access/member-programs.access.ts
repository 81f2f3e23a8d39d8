import type { AccessRows } from './access-row';

const STAFF: AccessRows[string] = ['network-staff'];
const STAFF_AND_ADMINS: AccessRows[string] = ['network-staff', 'program-admin'];

/** Who may call the member-programs routes (operationId → access). */
export const memberProgramsAccess: AccessRows = {
  registerMemberProgram: STAFF,
  listMemberPrograms: STAFF_AND_ADMINS,
  getMemberProgram: STAFF_AND_ADMINS,
  updateMemberProgram: STAFF_AND_ADMINS,
  setMemberProgramMembership: STAFF,
};
