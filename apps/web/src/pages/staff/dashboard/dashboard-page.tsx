import '@mantine/charts/styles.css';
import type { JSX } from 'react';
import { BarChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { ChartFigure } from './chart-figure';

// The network dashboard: its own chunk with the charts (Recharts under @mantine/charts),
// so no other page downloads them.

const dashboardQuery = () =>
  queryOptions({
    queryKey: ['staff', 'dashboard'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/admin/dashboard', { signal })),
    // Figures for a glance, not a live feed: read again after a minute, or on coming back to the tab.
    staleTime: 60_000,
  });

const LIVE = ['active', 'proposed', 'suspended'] as const;
const COLORS = { active: 'teal.7', proposed: 'blue.7', suspended: 'orange.7' } as const;
const PROGRAM_STATUSES = ['draft', 'published', 'closed', 'allocated', 'in_progress', 'completed', 'cancelled'] as const;
const FUNNEL = ['submitted', 'reviewed', 'placed', 'accepted'] as const;
const TOP = 10;

export function DashboardPage(): JSX.Element {
  const t = useT();
  const countryName = useCountryName();
  const { moment } = useDateFormats();
  const dashboard = useQuery(dashboardQuery());
  if (dashboard.isError) return <ProblemAlert problem={asProblem(dashboard.error)} />;
  const data = dashboard.data;
  if (!data) return <Text role="status">{t('common.loading')}</Text>;

  const statusSeries = LIVE.map((status) => ({ name: status, label: t(`staff.partnership.status.${status}` as MessageId), color: COLORS[status] }));
  const statusColumns = LIVE.map((status) => ({ key: status, label: t(`staff.partnership.status.${status}` as MessageId) }));
  const byCountry = data.partnerships.byCountry.slice(0, TOP).map((row) => ({ ...row, place: countryName(row.countryCode) }));
  const byRegion = data.partnerships.byRegion.slice(0, TOP).map((row) => ({ ...row, place: row.regionCode ?? t('staff.dashboard.regionUnknown') }));
  const programs = PROGRAM_STATUSES.map((status) => ({ status: t(`staff.programStatus.${status}` as MessageId), count: data.exchangePrograms[status] }));
  const funnel = FUNNEL.map((step) => ({ step: t(`staff.funnel.${step}` as MessageId), count: data.applications[step] }));
  const chartHeight = (rows: number) => Math.max(160, rows * 36 + 60);
  // Bars of zeros tell nothing: such a chart says there is nothing to count yet.
  const unlessAllZero = <Row extends { count: number }>(rows: Row[]) => (rows.some((row) => row.count > 0) ? rows : []);

  return (
    <Stack>
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Title order={1}>{t('staff.dashboard.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('staff.dashboard.asOf', { time: moment(data.generatedAt) })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Figure label={t('staff.dashboard.active')} value={data.partnerships.byStatus.active} />
        <Figure label={t('staff.dashboard.proposed')} value={data.partnerships.byStatus.proposed} />
        <Figure label={t('staff.dashboard.suspended')} value={data.partnerships.byStatus.suspended} />
        <Figure
          label={t('staff.dashboard.goodStanding')}
          value={t('staff.dashboard.ofTotal', { count: data.memberPrograms.inGoodStanding, total: data.memberPrograms.total })}
        />
        <Figure label={t('staff.dashboard.failedDeliveries')} value={data.failedDeliveries} alert={data.failedDeliveries > 0} />
        <Figure label={t('staff.dashboard.deadLetters')} value={data.deadLetters} alert={data.deadLetters > 0} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartFigure
          title={t('staff.dashboard.byCountry')}
          rows={byCountry}
          rowHeader={{ key: 'place', label: t('staff.filter.country') }}
          columns={statusColumns}
          empty={t('staff.dashboard.none')}
        >
          <BarChart h={chartHeight(byCountry.length)} data={byCountry} dataKey="place" type="stacked" orientation="vertical" series={statusSeries} withLegend yAxisProps={{ width: 110 }} xAxisProps={{ allowDecimals: false }} />
        </ChartFigure>
        <ChartFigure
          title={data.partnerships.regionsOf ? t('staff.dashboard.byRegion', { country: countryName(data.partnerships.regionsOf) }) : t('staff.dashboard.byRegionNone')}
          rows={byRegion}
          rowHeader={{ key: 'place', label: t('staff.dashboard.region') }}
          columns={statusColumns}
          empty={t('staff.dashboard.none')}
        >
          <BarChart h={chartHeight(byRegion.length)} data={byRegion} dataKey="place" type="stacked" orientation="vertical" series={statusSeries} withLegend yAxisProps={{ width: 60 }} xAxisProps={{ allowDecimals: false }} />
        </ChartFigure>
        <ChartFigure
          title={t('staff.dashboard.funnel')}
          rows={unlessAllZero(funnel)}
          rowHeader={{ key: 'step', label: t('staff.dashboard.step') }}
          columns={[{ key: 'count', label: t('staff.dashboard.applications') }]}
          empty={t('staff.dashboard.none')}
        >
          <BarChart
            h={chartHeight(funnel.length)}
            data={funnel}
            dataKey="step"
            orientation="vertical"
            series={[{ name: 'count', label: t('staff.dashboard.applications'), color: 'indigo.7' }]}
            withBarValueLabel
            yAxisProps={{ width: 110 }}
            xAxisProps={{ allowDecimals: false }}
          />
        </ChartFigure>
        <ChartFigure
          title={t('staff.dashboard.programs')}
          rows={unlessAllZero(programs)}
          rowHeader={{ key: 'status', label: t('staff.partnerships.column.status') }}
          columns={[{ key: 'count', label: t('staff.dashboard.programCount') }]}
          empty={t('staff.dashboard.none')}
        >
          <BarChart
            h={chartHeight(programs.length)}
            data={programs}
            dataKey="status"
            orientation="vertical"
            series={[{ name: 'count', label: t('staff.dashboard.programCount'), color: 'grape.7' }]}
            withBarValueLabel
            yAxisProps={{ width: 110 }}
            xAxisProps={{ allowDecimals: false }}
          />
        </ChartFigure>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('staff.dashboard.queues')}
        </Title>
        <Table.ScrollContainer minWidth={480} type="native" tabIndex={0} aria-label={t('staff.dashboard.queues')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('staff.dashboard.queue')}</Table.Th>
                {(['waiting', 'active', 'delayed', 'failed'] as const).map((state) => (
                  <Table.Th key={state} scope="col">
                    {t(`staff.queueState.${state}` as MessageId)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.queues.map((queue) => (
                <Table.Tr key={queue.name}>
                  <Table.Th scope="row">{queue.name}</Table.Th>
                  <Table.Td>{queue.waiting + queue.prioritized}</Table.Td>
                  <Table.Td>{queue.active}</Table.Td>
                  <Table.Td>{queue.delayed}</Table.Td>
                  <Table.Td>{queue.failed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}

/** One headline figure; a figure that needs attention (failures) is red. */
function Figure({ label, value, alert = false }: { label: string; value: number | string; alert?: boolean }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={alert ? 'red.8' : undefined}>
        {value}
      </Text>
    </Paper>
  );
}
