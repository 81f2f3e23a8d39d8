import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/locale-provider';
import { back, EMPTY_TRAIL, forward, type CursorTrail } from './cursor-trail';

/**
 * "Previous" and "next" of a cursor-paged list. `cursor` is the current page's (from the
 * URL), `nextCursor` the API's answer; `go` puts a cursor in the URL. The trail is reset
 * by the page when its filters change (a new `key`).
 */
export function CursorPager(props: { label: string; cursor: string | undefined; nextCursor: string | null | undefined; go(cursor: string | undefined): void }) {
  const t = useT();
  const [trail, setTrail] = useState<CursorTrail>(EMPTY_TRAIL);
  if (props.cursor === undefined && !props.nextCursor) return null;
  return (
    <Group component="nav" aria-label={props.label} justify="center" mt="sm">
      <Button
        variant="default"
        size="xs"
        disabled={props.cursor === undefined}
        onClick={() => {
          const previous = back(trail);
          setTrail(previous.trail);
          props.go(previous.cursor);
        }}
      >
        {t('staff.pager.previous')}
      </Button>
      <Button
        variant="default"
        size="xs"
        disabled={!props.nextCursor}
        onClick={() => {
          setTrail(forward(trail, props.cursor));
          props.go(props.nextCursor ?? undefined);
        }}
      >
        {t('staff.pager.next')}
      </Button>
    </Group>
  );
}
