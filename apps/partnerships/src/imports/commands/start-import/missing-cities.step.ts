import { Inject, Injectable } from '@nestjs/common';
import { ROOT_LOGGER } from '@scn/platform';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { timeZoneAt } from '../../../gazetteer/infra/time-zone-at';
import { CityMatcher, type GazetteerCity } from '../../domain/city-matcher';
import { RowMatcher, type RowReading } from '../../domain/import-row';
import { MissingCityDrafter } from '../../domain/missing-city';
import { planMissingCities, type SideAddition } from '../../domain/missing-city-plan';
import type { CsvRow } from '../../infra/csv-rows';
import type { ImportJobRef } from '../../infra/import-batch.writer';
import { ImportCitiesWriter } from '../../infra/import-cities.writer';

/** How an import reads its rows once the cities it may add are in the gazetteer. */
export interface RowReadings {
  reader: RowMatcher;
  /** By row number: the cities the row added to the gazetteer (stored by this import). */
  additions: Map<number, SideAddition[]>;
  /** By row number: why the gazetteer cities a row lacks were not added. */
  refusals: Map<number, string>;
  /**
   * By row number: the rows already read with `reader` (the planning's last pass, which
   * added nothing), when there is such a pass: the import writes from them rather than
   * reading every row a third time.
   */
  read?: Map<number, RowReading>;
}

/** The rows' reader, its matcher, and the cities that matcher was built from. */
export interface GazetteerReading {
  reader: RowMatcher;
  gazetteer: CityMatcher;
  cities: readonly GazetteerCity[];
}

/**
 * The step of an import asked to add missing cities (`addMissingCities`), before its rows
 * are written: plans the cities (`planMissingCities`), stores them with the job's count,
 * and hands the batches a reader whose gazetteer holds them.
 */
@Injectable()
export class MissingCitiesStep {
  private readonly logger: Logger;

  constructor(
    private readonly writer: ImportCitiesWriter,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'imports' });
  }

  /**
   * `gazetteer` is the matcher `reader` uses, built from `cities` (the gazetteer as read):
   * the planned cities join it. `pause` is awaited between chunks of rows.
   */
  async apply(job: ImportJobRef, rows: readonly CsvRow[], { reader, gazetteer, cities }: GazetteerReading, pause: () => Promise<void>): Promise<RowReadings> {
    const started = Date.now();
    const drafter = new MissingCityDrafter(gazetteer, { timeZoneAt, newCityId: () => `import:${uuidv7()}` });
    const plan = await planMissingCities(rows, reader, gazetteer, drafter, { pause });
    if (!plan.settled) {
      this.logger.warn({ importId: job.id, passes: plan.passes }, 'adding cities did not settle: a second import of the file may add a few more');
    }
    const planMs = Date.now() - started;
    // A preview adds nothing: it counts the cities the import would add.
    const stored = job.dryRun ? await this.writer.countPreview(job, plan.cities) : await this.writer.write(job, plan.cities);
    this.logger.info(
      { importId: job.id, added: stored.added.length, replaced: stored.replaced.size, passes: plan.passes, planMs, ms: Date.now() - started },
      'cities missing from the gazetteer added',
    );
    const additions = new Map<number, SideAddition[]>();
    for (const [rowNumber, sides] of plan.additions) {
      const kept = sides.filter((side) => !stored.replaced.has(side.city.id));
      if (kept.length) additions.set(rowNumber, kept);
    }
    if (!stored.replaced.size) return { reader, additions, refusals: plan.refusals, ...(plan.settled && { read: plan.lastReadings }) };
    // Rare: cities of the same places were added meanwhile. Read the rows with those instead.
    const settled = new CityMatcher([...cities, ...stored.added, ...stored.replaced.values()]);
    return { reader: reader.withCities(settled), additions, refusals: plan.refusals };
  }
}
