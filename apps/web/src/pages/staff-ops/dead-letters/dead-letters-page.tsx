import type { JSX } from 'react';
import { Badge, Button, Card, Code, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { operations } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { CursorPager } from '../ops-table';

type DeadLetter = operations['listDeadLetters']['responses'][200]['content']['application/json']['items'][number];
const route = getRouteApi('/staff/dead-letters');
const PAGE_SIZE = 25;

/**
 * Messages the services' consumers gave up on, oldest first, each with why and the
 * message as received; replay publishes it again on its subject and removes it. (The API
 * has no discard: a letter leaves the list by being replayed.)
 */
export function DeadLettersPage(): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const { fromSequence } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['staff', 'dead-letters', fromSequence ?? null],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/dead-letters', { params: { query: { limit: PAGE_SIZE, ...(fromSequence && { fromSequence }) } }, signal })),
  });
  const replay = useMutation({
    mutationFn: async (sequence: number) => unwrap(await api.POST('/v1/dead-letters/{sequence}/replay', { params: { path: { sequence } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff', 'dead-letters'] }),
  });
  return (
    <Stack maw={960}>
      <Title order={1}>{t('ops.deadLetters.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('ops.deadLetters.intro')}
      </Text>
      {list.isError && <ProblemAlert problem={asProblem(list.error)} />}
      {replay.isError && <ProblemAlert problem={asProblem(replay.error)} />}
      <Text aria-live="polite" size="sm">
        {replay.isSuccess ? t('ops.deadLetters.replayed', { sequence: replay.data.sequence }) : ''}
      </Text>
      {list.data?.items.length === 0 && <Text c="dimmed">{t('ops.deadLetters.empty')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.data?.items.map((letter) => (
          <DeadLetterCard key={letter.sequence} letter={letter} at={moment(letter.failedAt)} replaying={replay.isPending && replay.variables === letter.sequence} onReplay={() => replay.mutate(letter.sequence)} />
        ))}
      </Stack>
      <CursorPager
        onFirst={fromSequence ? () => void navigate({ search: {} }) : null}
        onNext={list.data?.nextSequence ? () => void navigate({ search: { fromSequence: list.data?.nextSequence ?? undefined } }) : null}
      />
    </Stack>
  );
}

function DeadLetterCard(props: { letter: DeadLetter; at: string; replaying: boolean; onReplay(): void }): JSX.Element {
  const t = useT();
  const { letter } = props;
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={700}>#{letter.sequence}</Text>
            <Badge variant="light">{letter.consumer}</Badge>
            <Text size="xs" c="dimmed">
              {props.at} · {t('ops.deadLetters.deliveries', { count: letter.deliveries })}
            </Text>
          </Group>
          <Button size="xs" loading={props.replaying} onClick={props.onReplay} aria-label={t('ops.deadLetters.replayOne', { sequence: letter.sequence })}>
            {t('ops.deadLetters.replay')}
          </Button>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {letter.reason}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('ops.deadLetters.subject', { subject: letter.originalSubject, stream: letter.originalStream, sequence: letter.originalSequence })}
        </Text>
        <Spoiler maxHeight={80} showLabel={t('ops.showMore')} hideLabel={t('ops.showLess')}>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {prettyPayload(letter.payload)}
          </Code>
        </Spoiler>
      </Stack>
    </Card>
  );
}

/** The message as received: indented when it is JSON, as it came when it is not (a malformed one is why it is here). */
function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
