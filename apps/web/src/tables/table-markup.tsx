import { Table } from '@mantine/core';
import type { ReactTable, RowData, TableFeatures } from '@tanstack/react-table';
import type { ReactNode } from 'react';

export interface TableMarkupProps<Features extends TableFeatures, Row extends RowData> {
  table: ReactTable<Features, Row>;
  /** The scroll region's name for screen readers. */
  label: string;
  /** Below this width the table scrolls inside its region. */
  minWidth: number;
}

/**
 * The rows a TanStack table holds, as the console draws every table: headers with their
 * scope, striped rows, inside a focusable scroll region — the only place a phone scrolls
 * sideways. Whoever builds the table decides its features (paging, row ids).
 */
export function TableMarkup<Features extends TableFeatures, Row extends RowData>({ table, label, minWidth }: TableMarkupProps<Features, Row>): ReactNode {
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
