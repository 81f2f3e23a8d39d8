import { DEFAULT_CITY_COLUMNS, type CityColumns } from './row-sides';

// The API does not say how an import's columns were mapped (its report names a side by the
// file's column), so the page keeps the city columns of each import it started, for this
// tab's session: a reload keeps them; an import started elsewhere is read with the defaults.

const KEY = 'scn.import-city-columns';

function stored(): Record<string, CityColumns> {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, CityColumns>;
  } catch {
    return {};
  }
}

/** Remembers which columns held the member's and the partner's city in an import started here. */
export function rememberCityColumns(importId: string, columns: CityColumns): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...stored(), [importId]: columns }));
  } catch {
    // Storage refused (private mode, full): the report names sides by the default columns.
  }
}

/** The city columns of an import: as mapped when it was started in this tab, else the API's defaults. */
export const cityColumnsOf = (importId: string): CityColumns => stored()[importId] ?? DEFAULT_CITY_COLUMNS;
