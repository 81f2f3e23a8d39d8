import { Badge, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { reportQuery, type PartnershipImport, type ReportedRow } from './imports-queries';
import { RowCorrection, RowCorrections } from './row-correction';
import { RowSettlement } from './row-settlement';
import { cityColumnsOf } from './row-sides';

/**
 * The rows an import reports, each with its reason and the row as read. A preview's rows
 * are only shown (the API settles a real import's rows); a real import's open rows each
 * offer their settlement, its loaded ones the correction of a city. A page of 100 rows at
 * a time: "more rows" adds the next one.
 */
export function ImportReport({ job }: { job: PartnershipImport }): ReactNode {
  const t = useT();
  const report = useInfiniteQuery(reportQuery(job.id, job.status !== 'running'));
  if (job.status === 'running') return null;
  if (report.isError) return <ProblemAlert problem={asProblem(report.error)} />;
  const rows = report.data?.pages.flatMap((page) => page.items) ?? [];
  const columns = cityColumnsOf(job);
  return (
    <Stack gap="xs">
      <Title order={3}>{t('ops.imports.report.title')}</Title>
      {report.data && rows.length === 0 && <Text c="dimmed">{t('ops.imports.report.empty')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Card key={row.rowNumber} component="li" withBorder padding="sm">
            <Stack gap="xs">
              <Group gap="xs">
                <Text fw={700}>{t('ops.imports.report.row', { row: row.rowNumber })}</Text>
                <Badge variant="light">{t(`ops.imports.kind.${row.kind}`)}</Badge>
                <Badge color={row.settlement.state === 'open' ? 'red.9' : 'gray.7'}>
                  {t(`ops.imports.state.${row.settlement.state}`)}
                </Badge>
              </Group>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {row.reason}
              </Text>
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {rowText(row)}
              </Code>
              {row.settlement.reason && (
                <Text size="sm" c="dimmed">
                  {t('ops.imports.report.dismissedBecause', { reason: row.settlement.reason })}
                </Text>
              )}
              <RowCorrections row={row} />
              {!job.dryRun && row.kind === 'unmatched' && row.settlement.state === 'open' && <RowSettlement importId={job.id} row={row} columns={columns} />}
              {!job.dryRun && row.settlement.state === 'loaded' && <RowCorrection importId={job.id} row={row} columns={columns} />}
            </Stack>
          </Card>
        ))}
      </Stack>
      {report.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void report.fetchNextPage()} loading={report.isFetchingNextPage}>
            {t('ops.imports.report.more', { shown: rows.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const rowText = (row: ReportedRow) =>
  Object.entries(row.row)
    .filter(([, value]) => value !== '')
    .map(([column, value]) => `${column}: ${value}`)
    .join(' · ');
