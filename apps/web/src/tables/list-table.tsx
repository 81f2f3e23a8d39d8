import { Table, Text } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useT } from '../i18n/locale-provider';

// The console's lists of what the API answered (one page, or the pages loaded so far): the
// API pages and sorts, so the table only shows its rows, inside a focusable scroll region —
// the only place a phone scrolls sideways.

export const listTableFeatures = tableFeatures({});
// Each column has a value type of its own; TanStack's own `columns()` helper widens them to `any` the same way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ListColumn<Row extends RowData> = ColumnDef<typeof listTableFeatures, Row, any>;

/** Columns of a list, typed by its rows. */
export const listColumnHelper = <Row extends RowData>() => createColumnHelper<typeof listTableFeatures, Row>();

export interface ListTableProps<Row extends RowData> {
  /** The scroll region's name for screen readers. */
  label: string;
  /** `undefined` while the first page loads. */
  rows: Row[] | undefined;
  columns: Array<ListColumn<Row>>;
  rowKey(row: Row): string;
  /** Below this width the table scrolls inside its region. */
  minWidth?: number;
  /** Said instead of an empty table. */
  empty: string;
}

export function ListTable<Row extends RowData>({ label, rows, columns, rowKey, minWidth = 640, empty }: ListTableProps<Row>): ReactNode {
  const t = useT();
  const table = useTable({ features: listTableFeatures, columns, data: rows ?? [], getRowId: rowKey });
  if (rows === undefined) return <Text role="status">{t('common.loading')}</Text>;
  if (rows.length === 0) return <Text>{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
      <Table striped highlightOnHover verticalSpacing="xs">
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
  );
}
