import { Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ChartColumn {
  key: string;
  label: string;
}

/**
 * A chart with its title, and the same figures as a table for screen readers and
 * keyboard users (an SVG chart tells them nothing): the picture is hidden from assistive
 * technology, the table from the eye.
 */
export function ChartFigure(props: { title: string; rows: Array<Record<string, string | number | null>>; rowHeader: ChartColumn; columns: ChartColumn[]; empty: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="figure" m={0} style={{ minWidth: 0 }}>
      <Text component="figcaption" fw={600} mb="sm">
        {props.title}
      </Text>
      {props.rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {props.empty}
        </Text>
      ) : (
        <>
          {/* inert: out of the accessibility tree and of the keyboard's way (Recharts makes its SVG focusable). */}
          <div inert>{props.children}</div>
          <VisuallyHidden>
            <Table>
              <caption>{props.title}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{props.rowHeader.label}</Table.Th>
                  {props.columns.map((column) => (
                    <Table.Th key={column.key} scope="col">
                      {column.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.rows.map((row) => (
                  <Table.Tr key={String(row[props.rowHeader.key])}>
                    <Table.Th scope="row">{row[props.rowHeader.key]}</Table.Th>
                    {props.columns.map((column) => (
                      <Table.Td key={column.key}>{row[column.key]}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
        </>
      )}
    </Paper>
  );
}
