import type { AccessRows } from './access-row';

/** Who may call the directory routes (operationId → access): the directory is public. */
export const directoryAccess: AccessRows = {
  searchDirectory: 'public',
  directoryStatistics: 'public',
  exportDirectory: 'public',
  directoryMap: 'public',
};
