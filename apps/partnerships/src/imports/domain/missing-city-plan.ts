import type { CityMatcher, CitySide } from './city-matcher';
import type { RowMatcher, RowReading, SideReading } from './import-row';
import { isSamePlace, type MissingCityDrafter, type NewCity } from './missing-city';

/** A row of the file as the planner reads it. */
export interface PlannedRow {
  rowNumber: number;
  record: Readonly<Record<string, string | undefined>>;
}

/** A city a row adds to the gazetteer, and why (naming the column of the side). */
export interface SideAddition {
  city: NewCity;
  reason: string;
}

export interface MissingCityPlan {
  /** The cities to add, in the order rows added them. */
  cities: NewCity[];
  /** By row number: the cities each row adds. */
  additions: Map<number, SideAddition[]>;
  /** By row number: why a row that only lacked gazetteer cities gets none added. */
  refusals: Map<number, string>;
  /** Passes over the file it took. */
  passes: number;
  /**
   * By row number: each row as the last pass read it. When the plan is settled, that pass
   * added nothing, so this is how the rows read against the gazetteer with the plan's
   * cities: the import writes from it instead of reading the file once more.
   */
  lastReadings: Map<number, RowReading>;
  /**
   * Whether the last pass added nothing. Unsettled after `maxPasses`, a second import of
   * the file could still add a city or two (never seen: the real list settles in two).
   */
  settled: boolean;
}

/** Passes over the file before giving up on reaching one that adds nothing (two suffice on the real list). */
export const MAX_PLANNING_PASSES = 5;
/** Rows read between pauses: the service answers requests (and beats) while a large file is read. */
const ROWS_BETWEEN_PAUSES = 500;

export interface PlanningOptions {
  maxPasses?: number;
  /** Awaited every few hundred rows (the service yields to its event loop; a stop may throw here). */
  pause?: () => Promise<void>;
}

/**
 * Decides which cities an import adds to the gazetteer (`addMissingCities`). A row is
 * considered only when all that stops it is a side the gazetteer lacks: each such side is
 * drafted from the file (`MissingCityDrafter`) and, when every one of the row's sides can
 * be, the cities join the matcher at once, so a later row naming the same place matches
 * the city instead of adding another.
 *
 * Added cities change other rows' matches (a name shared by two places is held to a
 * shorter distance than a unique one), so the file is read again until a pass adds
 * nothing: the rows are then read exactly as a second import of the file will read them,
 * which therefore adds and changes nothing.
 */
export async function planMissingCities(
  rows: readonly PlannedRow[],
  reader: RowMatcher,
  gazetteer: CityMatcher,
  drafter: MissingCityDrafter,
  { maxPasses = MAX_PLANNING_PASSES, pause = async () => undefined }: PlanningOptions = {},
): Promise<MissingCityPlan> {
  const plan: MissingCityPlan = { cities: [], additions: new Map(), refusals: new Map(), passes: 0, lastReadings: new Map(), settled: false };
  let added: number;
  do {
    added = 0;
    plan.passes++;
    plan.refusals.clear();
    plan.lastReadings.clear();
    for (const [i, { rowNumber, record }] of rows.entries()) {
      if (i % ROWS_BETWEEN_PAUSES === ROWS_BETWEEN_PAUSES - 1) await pause();
      const reading = reader.read(record);
      plan.lastReadings.set(rowNumber, reading);
      const outcome = planRow(reading, drafter);
      if (outcome === undefined) continue;
      if ('refused' in outcome) {
        plan.refusals.set(rowNumber, outcome.refused);
        continue;
      }
      for (const { city } of outcome) {
        gazetteer.include(city);
        plan.cities.push(city);
      }
      plan.additions.set(rowNumber, [...(plan.additions.get(rowNumber) ?? []), ...outcome]);
      added += outcome.length;
    }
  } while (added > 0 && plan.passes < maxPasses);
  plan.settled = added === 0;
  return plan;
}

type RowOutcome = SideAddition[] | { refused: string } | undefined;
type Unmatched = Extract<SideReading, { matched: false }> & { unmatched: CitySide };

/** The cities one row adds, why none can be, or nothing to do (the row matches, or fails for another reason). */
function planRow(reading: RowReading, drafter: MissingCityDrafter): RowOutcome {
  if (typeof reading.kind !== 'string' || (reading.startYear !== null && typeof reading.startYear !== 'number')) return undefined;
  const failed = [reading.member, reading.partner].filter((side) => !side.matched);
  const missing = failed.filter((side): side is Unmatched => !side.matched && side.unmatched !== undefined);
  // Nothing missing, or a side unusable whatever the gazetteer holds (its country, its coordinates).
  if (!missing.length || missing.length < failed.length) return undefined;
  const cities: NewCity[] = [];
  const refused: string[] = [];
  for (const side of missing) {
    const draft = drafter.draft(side.unmatched);
    if (draft.added) cities.push(draft.city);
    else refused.push(`${side.column} not added to the gazetteer: ${draft.reason}`);
  }
  if (refused.length) return { refused: refused.join('; ') };
  // Both sides one new place: a pair of a city with itself is no partnership, so nothing is added.
  if (cities.length === 2 && isSamePlace(cities[0]!, cities[1]!)) return undefined;
  return missing.map((side, i) => ({ city: cities[i]!, reason: `${side.reason}: ${additionNote(cities[i]!)}` }));
}

function additionNote(city: NewCity): string {
  const where = [city.countryCode, city.regionCode && `region ${city.regionCode}`].filter(Boolean).join(', ');
  return `added "${city.name}" to the gazetteer from the file's coordinates as ${city.id} (${where})`;
}
