import { z } from 'zod';
import { exchangeCategorySchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';

// The public figures of exchange programs (`GET /v1/exchange-programs/statistics`): what the
// statistics page shows beside the directory's. Counted by the exchanges service in SQL.

const count = z.int().min(0);

export const exchangeProgramCategoryCountsSchema = z
  .object({
    byCategory: z.array(
      z
        .object({
          category: exchangeCategorySchema,
          inCatalogue: count.describe('Programs in the public catalogue now: published, not paused, applications open or still to open'),
          held: count.describe('Programs that placed their participants: allocated, under way or completed'),
        })
        .meta({ id: 'ExchangeProgramCategoryCount' }),
    ),
  })
  .meta({
    id: 'ExchangeProgramStatistics',
    description: 'Exchange programs by category, every category listed (with zeros), in the order of the categories.',
  });

export const exchangeProgramStatisticsOperations = {
  /** exchanges service; public */
  'exchange-programs.category-counts': { request: z.object({}).strict(), response: exchangeProgramCategoryCountsSchema },
} satisfies Record<string, RpcOperation>;
