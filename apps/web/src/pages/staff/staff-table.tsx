import { Table, Text } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useT } from '../../i18n/locale-provider';

// Staff's lists: one page of what the API answered, in a table that scrolls sideways
// inside its own focusable region on a phone (the page itself never does).

export const staffTableFeatures = tableFeatures({});
// Each column has a value type of its own; TanStack's own `columns()` helper widens them to `any` the same way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StaffColumns<Row extends RowData> = Array<ColumnDef<typeof staffTableFeatures, Row, any>>;
/** Columns of a staff table, typed by its rows. */
export const staffColumnHelper = <Row extends RowData>() => createColumnHelper<typeof staffTableFeatures, Row>();

export function StaffTable<Row extends { id: string }>(props: { label: string; rows: Row[] | undefined; columns: StaffColumns<Row>; minWidth?: number; empty: string }) {
  const t = useT();
  const table = useTable({ features: staffTableFeatures, columns: props.columns, data: props.rows ?? [] });
  if (props.rows === undefined) return <Text role="status">{t('common.loading')}</Text>;
  if (props.rows.length === 0) return <Text c="dimmed">{props.empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={props.minWidth ?? 640} type="native" tabIndex={0} aria-label={props.label}>
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
            <Table.Tr key={row.original.id}>
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
