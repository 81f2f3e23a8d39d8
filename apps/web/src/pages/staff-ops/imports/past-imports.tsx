import type { JSX } from 'react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { pastImportsQuery } from './imports-queries';

/** While an import listed runs, the list is asked again for its status and counts. */
const RUNNING_POLL_MS = 2_000;

/** The imports started before, newest first, each with who started it and its counts; "show more" pages by the API's cursor. */
export function PastImports({ current, onOpen }: { current: string | undefined; onOpen(importId: string): void }): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const past = useInfiniteQuery({
    ...pastImportsQuery(),
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((item) => item.status === 'running')) ? RUNNING_POLL_MS : false),
  });
  const imports = past.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="imports-past">
      <Title order={2} size="h3" id="imports-past">
        {t('ops.imports.past.title')}
      </Title>
      {past.isError && <ProblemAlert problem={asProblem(past.error)} />}
      {past.data && imports.length === 0 && <Text c="dimmed">{t('ops.imports.past.empty')}</Text>}
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {imports.map((job) => (
          <li key={job.id} data-import={job.id}>
            <Anchor
              component="button"
              type="button"
              onClick={() => onOpen(job.id)}
              aria-current={job.id === current ? 'true' : undefined}
              fw={job.id === current ? 700 : undefined}
              style={{ textAlign: 'start', overflowWrap: 'anywhere' }}
            >
              {t('ops.imports.past.entry', {
                file: job.fileName ?? '—',
                at: moment(job.startedAt),
                by: job.createdByEmail ?? '—',
                preview: String(job.dryRun),
                status: t(`ops.imports.status.${job.status}`),
                created: job.createdCount,
                unchanged: job.unchangedCount,
                unmatched: job.unmatchedCount,
              })}
            </Anchor>
          </li>
        ))}
      </Stack>
      {past.hasNextPage && (
        <Group>
          <Button variant="default" size="xs" onClick={() => void past.fetchNextPage()} loading={past.isFetchingNextPage}>
            {t('ops.showMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
