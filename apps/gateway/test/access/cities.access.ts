import type { AccessRows } from './access-row';

/** Who may call the cities routes (operationId → access). */
export const citiesAccess: AccessRows = {
  searchCities: 'public',
  getCity: 'public',
  createCity: ['network-staff'],
};
