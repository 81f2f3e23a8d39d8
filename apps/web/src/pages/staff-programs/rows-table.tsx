import { Button, Center } from '@mantine/core';
import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale-provider';
import { ListTable, type ListTableProps } from '../../tables/list-table';

// The staff pages' lists: the API pages by cursor, so a list shows the pages loaded so far
// and a "show more" button asks for the next (no page numbers: a cursor cannot jump).

export interface RowsTableProps<Row extends RowData> extends ListTableProps<Row> {
  rows: Row[];
  hasMore: boolean;
  loadingMore: boolean;
  onMore(): void;
}

export function RowsTable<Row extends RowData>({ hasMore, loadingMore, onMore, ...list }: RowsTableProps<Row>): ReactNode {
  const t = useT();
  return (
    <>
      <ListTable {...list} />
      {hasMore && list.rows.length > 0 && (
        <Center mt="sm">
          <Button variant="default" onClick={onMore} loading={loadingMore}>
            {t('staff.showMore')}
          </Button>
        </Center>
      )}
    </>
  );
}
