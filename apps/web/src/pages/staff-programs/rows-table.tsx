import { Button, Center, Table, Text } from '@mantine/core';
import { tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useT } from '../../i18n/locale-provider';

// The staff pages' lists: the API pages by cursor, so a list shows the pages loaded so far
// and a "show more" button asks for the next (no page numbers: a cursor cannot jump).

export const rowsTableFeatures = tableFeatures({});
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table hold values of different types
export type RowsColumn<Row extends RowData> = ColumnDef<typeof rowsTableFeatures, Row, any>;

export interface RowsTableProps<Row extends RowData> {
  label: string;
  rows: Row[];
  columns: Array<RowsColumn<Row>>;
  rowKey(row: Row): string;
  /** Below this width the table scrolls inside its own region (the page never does). */
  minWidth: number;
  hasMore: boolean;
  loadingMore: boolean;
  onMore(): void;
  empty: string;
}

export function RowsTable<Row extends RowData>({ label, rows, columns, rowKey, minWidth, hasMore, loadingMore, onMore, empty }: RowsTableProps<Row>) {
  const t = useT();
  const table = useTable({ features: rowsTableFeatures, columns, data: rows, getRowId: rowKey });
  if (rows.length === 0) return <Text>{empty}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => (
                  <Table.Th key={header.id} scope="col">
                    <table.FlexRender header={header} />
                  </Table.Th>
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasMore && (
        <Center mt="sm">
          <Button variant="default" onClick={onMore} loading={loadingMore}>
            {t('staff.showMore')}
          </Button>
        </Center>
      )}
    </>
  );
}
