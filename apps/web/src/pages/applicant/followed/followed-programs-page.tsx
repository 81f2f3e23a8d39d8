import type { JSX } from 'react';
import { Badge, Button, Center, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { AnchorLink } from '../../../layout/anchor-link';
import { ListTable, listColumnHelper } from '../../../tables/list-table';
import { followedProgramsQuery, setFollowing } from './followed-queries';

type FollowedProgram = components['schemas']['FollowedProgram'];
const column = listColumnHelper<FollowedProgram>();

/** The statuses the notifications service knows a program by; any other is shown as the API wrote it. */
const KNOWN_STATUSES = new Set(['published', 'open', 'closed', 'paused', 'cancelled', 'completed']);

/** The programs the applicant follows (the latest followed first), each with its window; stop following from here. */
export function FollowedProgramsPage(): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const followed = useInfiniteQuery(followedProgramsQuery());
  const rows = useMemo(() => followed.data?.pages.flatMap((page) => page.items), [followed.data]);
  const unfollow = useMutation({
    mutationFn: (exchangeProgramId: string) => setFollowing(exchangeProgramId, false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'followed-programs'] }),
  });

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('title', {
          header: () => t('followed.column.program'),
          cell: (info) => (
            <AnchorLink to="/programs/$programId" params={{ programId: info.row.original.exchangeProgramId }} size="sm" fw={500}>
              {info.getValue()}
            </AnchorLink>
          ),
        }),
        column.accessor('season', { header: () => t('followed.column.season') }),
        column.accessor('status', {
          header: () => t('followed.column.status'),
          cell: (info) => <Badge variant="light">{KNOWN_STATUSES.has(info.getValue()) ? t(`followed.status.${info.getValue()}` as MessageId) : info.getValue()}</Badge>,
        }),
        column.display({
          id: 'window',
          header: () => t('followed.column.window'),
          cell: (info) => (
            <Text size="sm">
              {moment(info.row.original.applicationOpensAt)} – {moment(info.row.original.applicationClosesAt)}
            </Text>
          ),
        }),
        column.display({
          id: 'unfollow',
          header: () => t('followed.column.actions'),
          cell: (info) => (
            <Button
              size="xs"
              variant="subtle"
              loading={unfollow.isPending && unfollow.variables === info.row.original.exchangeProgramId}
              onClick={() => unfollow.mutate(info.row.original.exchangeProgramId)}
              aria-label={t('follow.stop', { title: info.row.original.title })}
            >
              {t('follow.stopShort')}
            </Button>
          ),
        }),
      ]),
    [t, moment, unfollow],
  );

  return (
    <Stack maw={960}>
      <Title order={1}>{t('followed.title')}</Title>
      <Text c="dimmed">{t('followed.intro')}</Text>
      {followed.isError && <ProblemAlert problem={asProblem(followed.error)} />}
      <ProblemAlert problem={unfollow.error ? asProblem(unfollow.error) : null} />
      {!followed.isError && <ListTable label={t('followed.table')} rows={rows} columns={columns} rowKey={(row) => row.exchangeProgramId} minWidth={720} empty={t('followed.empty')} />}
      {followed.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void followed.fetchNextPage()} loading={followed.isFetchingNextPage}>
            {t('followed.more')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
