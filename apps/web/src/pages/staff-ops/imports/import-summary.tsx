import { Badge, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import type { PartnershipImport } from './imports-queries';

/** An import's progress while it runs, then its counts: for a preview, what importing the file would do. */
export function ImportSummary({ job }: { job: PartnershipImport }): ReactNode {
  const t = useT();
  const { moment } = useDateFormats();
  const share = job.totalRows > 0 ? Math.round((job.processedRows / job.totalRows) * 100) : job.status === 'running' ? 0 : 100;
  const counts: Array<[MessageId, number]> = [
    [job.dryRun ? 'ops.imports.count.toCreate' : 'ops.imports.count.created', job.createdCount],
    ['ops.imports.count.unchanged', job.unchangedCount],
    ['ops.imports.count.unmatched', job.unmatchedCount],
    ['ops.imports.count.ambiguous', job.ambiguousCount],
    ['ops.imports.count.citiesAdded', job.citiesAddedCount],
  ];
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge color={job.status === 'failed' ? 'red.9' : job.status === 'running' ? 'blue.8' : 'teal.9'}>{t(`ops.imports.status.${job.status}`)}</Badge>
        {job.dryRun && <Badge variant="outline">{t('ops.imports.preview')}</Badge>}
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {job.fileName ?? '—'} · {moment(job.startedAt)}
        </Text>
      </Group>
      <Progress value={share} aria-label={t('ops.imports.progress', { processed: job.processedRows, total: job.totalRows })} animated={job.status === 'running'} />
      <Text size="sm" aria-live="polite">
        {t('ops.imports.progress', { processed: job.processedRows, total: job.totalRows })}
      </Text>
      {job.error && (
        <Text size="sm" c="red">
          {job.error}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" component="dl" m={0}>
        {counts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {t(label)}
            </Text>
            <Text component="dd" m={0} fw={700} data-count={label}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
