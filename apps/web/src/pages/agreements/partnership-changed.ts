import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { components } from '../../api/api-types.generated';
import { partnershipQuery } from './agreement-queries';

type Partnership = components['schemas']['Partnership'];

/**
 * What a page does with the partnership a change answered (every change route answers the
 * partnership as it now is): show it at once, and read again what else shows it. The
 * shared forms and dialogs take it from their page, which knows its own queries.
 */
export type OnPartnershipChanged = (next: Partnership) => Promise<void> | void;

/**
 * The parties' pages (`/partner/*`, `/member/*`): the partnership's page shows the answer,
 * and the lists and the history are read again (their keys start with 'agreements').
 */
export function usePartnershipChanged(): OnPartnershipChanged {
  const queryClient = useQueryClient();
  return useCallback(
    async (next: Partnership) => {
      queryClient.setQueryData(partnershipQuery(next.id).queryKey, next);
      await queryClient.invalidateQueries({ queryKey: ['agreements'] });
    },
    [queryClient],
  );
}
