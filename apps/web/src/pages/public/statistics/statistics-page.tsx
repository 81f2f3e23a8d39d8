import type { JSX } from 'react';
import { Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { directoryStatisticsQuery } from '../../directory/directory-queries';
import { programStatisticsQuery } from '../../programs/program-queries';
import { StatisticsChart } from './statistics-chart';

/** Countries shown in the by-country chart; the rest are summed as "other countries". */
const TOP_COUNTRIES = 15;

/**
 * The network in figures, from the directory's aggregate (`GET /v1/directory/statistics`,
 * counted by the database): partnerships in force by partner country, by state or region
 * of the member cities in a chosen country, and by the decade they were founded; and the
 * exchange programs by category (`GET /v1/exchange-programs/statistics`).
 */
export function StatisticsPage(): JSX.Element {
  const t = useT();
  const intl = useIntl();
  const countryName = useCountryName();
  const world = useQuery(directoryStatisticsQuery());
  const memberCountries = world.data?.byMemberCountry ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  // The member country with most partnerships (the network's own) until the visitor picks another.
  const regionsOf = chosen ?? memberCountries[0]?.countryCode;
  const regions = useQuery({
    ...directoryStatisticsQuery(regionsOf),
    enabled: regionsOf !== undefined,
  });

  const stats = world.data;
  const byCountry = stats?.byPartnerCountry ?? [];
  const countryRows = byCountry.slice(0, TOP_COUNTRIES).map((c) => ({ label: countryName(c.countryCode), count: c.count }));
  const others = byCountry.slice(TOP_COUNTRIES).reduce((sum, c) => sum + c.count, 0);
  if (others > 0) countryRows.push({ label: t('statistics.otherCountries'), count: others });
  const regionRows = (regions.data?.byMemberRegion ?? []).map((r) => ({
    label: r.regionCode ?? t('statistics.unknownRegion'),
    count: r.count,
  }));
  const decadeRows = (stats?.byDecade ?? []).map((d) => ({
    label: t('statistics.decade', { decade: d.decade }),
    count: d.count,
  }));
  const series = t('statistics.partnerships');
  const programs = useQuery(programStatisticsQuery());
  const byCategory = programs.data?.byCategory ?? [];

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('statistics.title')}</Title>
        <Text c="dimmed">{t('statistics.intro')}</Text>
      </div>
      {world.isError && !stats && <ProblemAlert problem={asProblem(world.error)} />}
      {!stats && world.isPending && <Loader aria-label={t('common.loading')} />}
      {stats && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="statistics-figures">
            {(
              [
                ['statistics.total', stats.total],
                ['statistics.active', stats.activity.active],
                ['statistics.dormant', stats.activity.dormant],
                ['statistics.pending', stats.activity.pending],
              ] as const
            ).map(([label, value]) => (
              <Paper key={label} withBorder p="md" radius="md">
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  {t(label)}
                </Text>
                <Text fz="xl" fw={700}>
                  {intl.formatNumber(value)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <StatisticsChart title={t('statistics.byPartnerCountry')} rows={countryRows} seriesLabel={series} horizontal />
          <Stack gap="xs">
            <Group align="end">
              <Select
                label={t('statistics.regionsOf')}
                data={memberCountries.map((c) => ({
                  value: c.countryCode,
                  label: countryName(c.countryCode),
                }))}
                value={regionsOf ?? null}
                onChange={setChosen}
                allowDeselect={false}
                searchable
                w={{ base: '100%', xs: 280 }}
              />
              {regions.isFetching && <Loader size="xs" aria-hidden />}
            </Group>
            <StatisticsChart
              title={t('statistics.byRegion', {
                country: countryName(regionsOf),
              })}
              rows={regionRows}
              seriesLabel={series}
              horizontal
            />
          </Stack>
          <StatisticsChart title={t('statistics.byDecade')} rows={decadeRows} seriesLabel={series} />
          {stats.startDateUnknown > 0 && <Text c="dimmed">{t('statistics.startUnknown', { count: stats.startDateUnknown })}</Text>}
        </>
      )}
      {programs.isError && <ProblemAlert problem={asProblem(programs.error)} />}
      {programs.data && (
        <StatisticsChart
          title={t('statistics.programsByCategory')}
          rows={byCategory.map((row) => ({ label: t(`category.${row.category}` as MessageId), count: row.inCatalogue }))}
          seriesLabel={t('statistics.programsInCatalogue')}
          extra={{ name: 'held', label: t('statistics.programsHeld'), values: byCategory.map((row) => row.held) }}
          horizontal
        />
      )}
    </Stack>
  );
}
