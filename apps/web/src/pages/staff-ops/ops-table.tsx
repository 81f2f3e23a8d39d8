import { Button, Group } from '@mantine/core';
import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale-provider';
import { ListTable, type ListTableProps } from '../../tables/list-table';

/** One page of an operations list (wide rows: a phone scrolls them inside their region). */
export function OpsTable<Row extends RowData>(props: Omit<ListTableProps<Row>, 'minWidth'> & { minWidth?: number }): ReactNode {
  return <ListTable {...props} minWidth={props.minWidth ?? 720} />;
}

/**
 * Paging by the API's cursor: the first page, or the next one. There is no "previous"
 * cursor to ask for; the browser's back button returns to the page before (the cursor is
 * in the URL).
 */
export function CursorPager(props: { onFirst: (() => void) | null; onNext: (() => void) | null }): ReactNode {
  const t = useT();
  if (!props.onFirst && !props.onNext) return null;
  return (
    <Group component="nav" aria-label={t('ops.pages')} justify="center" gap="xs">
      <Button variant="default" size="xs" disabled={!props.onFirst} onClick={() => props.onFirst?.()}>
        {t('ops.firstPage')}
      </Button>
      <Button variant="default" size="xs" disabled={!props.onNext} onClick={() => props.onNext?.()}>
        {t('ops.nextPage')}
      </Button>
    </Group>
  );
}
