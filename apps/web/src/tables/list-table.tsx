import { Text } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useT } from '../i18n/locale-provider';
import { TableMarkup } from './table-markup';

// The console's lists of what the API answered (one page, or the pages loaded so far): the
// API pages and sorts, so the table only shows its rows (drawn by TableMarkup).

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
  return <TableMarkup table={table} label={label} minWidth={minWidth} />;
}
