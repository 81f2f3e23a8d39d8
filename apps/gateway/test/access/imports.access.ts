import type { AccessRows } from './access-row';

/** Who may call the imports routes (operationId → access). */
export const importsAccess: AccessRows = {
  startPartnershipImport: ['network-staff'],
  listPartnershipImports: ['network-staff'],
  getPartnershipImport: ['network-staff'],
  listImportProblems: ['network-staff'],
  resolveImportRow: ['network-staff'],
  correctImportRow: ['network-staff'],
};
