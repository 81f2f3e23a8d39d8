import { Button, Group, Table, Text } from '@mantine/core';
import { tableFeatures, useTable, type CellData, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale-provider';

export const opsTableFeatures = tableFeatures({});
export type OpsColumns<Row extends RowData> = Array<ColumnDef<typeof opsTableFeatures, Row, CellData>>;

/**
 * One page of a staff list: the API pages by cursor, so the table shows what it was given
 * (no client-side paging or sorting) inside a focusable scroll region, the only place a
 * phone scrolls sideways.
 */
export function OpsTable<Row extends RowData>(props: { label: string; columns: OpsColumns<Row>; rows: Row[]; rowKey(row: Row): string; minWidth?: number; empty: string }): ReactNode {
  const table = useTable({ features: opsTableFeatures, columns: props.columns, data: props.rows });
  if (props.rows.length === 0) return <Text c="dimmed">{props.empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={props.minWidth ?? 720} type="native" tabIndex={0} aria-label={props.label}>
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
            <Table.Tr key={props.rowKey(row.original)}>
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
