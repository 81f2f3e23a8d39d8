import type { AccessRows } from './access-row';

const MANAGERS: AccessRows[string] = ['network-staff', 'program-admin'];

/** Who may call the exchange-program routes (operationId → access). */
export const exchangeProgramsAccess: AccessRows = {
  searchExchangePrograms: 'public',
  getExchangeProgram: 'public',
  getExchangeProgramStatistics: 'public',
  createExchangeProgram: MANAGERS,
  listManagedExchangePrograms: MANAGERS,
  getManagedExchangeProgram: MANAGERS,
  updateExchangeProgram: MANAGERS,
  publishExchangeProgram: MANAGERS,
  closeExchangeProgram: MANAGERS,
  allocateExchangeProgram: MANAGERS,
  startExchangeProgram: MANAGERS,
  completeExchangeProgram: MANAGERS,
  cancelExchangeProgram: MANAGERS,
  pauseExchangeProgram: MANAGERS,
  resumeExchangeProgram: MANAGERS,
};
