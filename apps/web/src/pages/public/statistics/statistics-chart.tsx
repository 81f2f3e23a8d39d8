import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useIntl } from 'react-intl';

export interface ChartRow {
  label: string;
  count: number;
}

/** A second figure per row (`rows[i][name]`), drawn as a bar of its own beside the count. */
export interface ExtraSeries {
  name: string;
  label: string;
  values: readonly number[];
}

/**
 * One bar chart of the statistics with its figures also as a table, hidden from sight:
 * the chart is a picture to a screen reader, the table is what it reads.
 */
export function StatisticsChart({
  title,
  rows,
  seriesLabel,
  extra,
  horizontal,
}: {
  title: string;
  rows: ChartRow[];
  seriesLabel: string;
  extra?: ExtraSeries;
  horizontal?: boolean;
}) {
  const intl = useIntl();
  const format = (value: number) => intl.formatNumber(value);
  // Horizontal bars give long names room; each bar needs ~28 px, a row of two bars (and
  // its two-line name) ~56, the legend ~40 more.
  const height = horizontal ? Math.max(160, rows.length * (extra ? 56 : 28) + (extra ? 80 : 40)) : 260;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">—</Text>
      ) : (
        <div aria-hidden>
          <BarChart
            h={height}
            data={extra ? rows.map((row, i) => ({ ...row, [extra.name]: extra.values[i] ?? 0 })) : rows}
            dataKey="label"
            series={[{ name: 'count', label: seriesLabel, color: 'blue.7' }, ...(extra ? [{ name: extra.name, label: extra.label, color: 'teal.8' }] : [])]}
            withLegend={extra !== undefined}
            orientation={horizontal ? 'vertical' : 'horizontal'}
            valueFormatter={format}
            // Counts are whole: no 0.5 ticks on the value axis.
            xAxisProps={horizontal ? { allowDecimals: false } : undefined}
            yAxisProps={horizontal ? { width: 110 } : { allowDecimals: false }}
            withBarValueLabel
            tooltipAnimationDuration={0}
            // Hidden from assistive technology (the table below says the same), so not focusable either.
            barChartProps={{ accessibilityLayer: false }}
          />
        </div>
      )}
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          {extra && (
            <Table.Thead>
              <Table.Tr>
                <Table.Td />
                <Table.Th scope="col">{seriesLabel}</Table.Th>
                <Table.Th scope="col">{extra.label}</Table.Th>
              </Table.Tr>
            </Table.Thead>
          )}
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td>{format(row.count)}</Table.Td>
                {extra && <Table.Td>{format(extra.values[i] ?? 0)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
