import type { JSX } from 'react';
import { Badge, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { followInbox } from './inbox-stream';

/**
 * The inbox, newest 50 first (unread before read, as the API orders it); older pages by the
 * API's cursor ("show older"). A live event or a mark refetches the pages loaded, from the
 * first.
 */
export const inboxQuery = () =>
  infiniteQueryOptions({
    queryKey: ['me', 'inbox'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/me/notifications', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } }, signal })),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The inbox, live: new notifications arrive by the stream without reloading. */
export function InboxPage(): JSX.Element {
  const t = useT();
  const queryClient = useQueryClient();
  const { moment } = useDateFormats();
  const inbox = useInfiniteQuery(inboxQuery());
  const items = inbox.data?.pages.flatMap((page) => page.items);
  const unreadCount = inbox.data?.pages[0]?.unreadCount ?? 0;
  useEffect(() => followInbox(queryClient), [queryClient]);
  const markRead = useMutation({
    mutationFn: async (id: string | null) => {
      if (id) unwrap(await api.POST('/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId: id } } }));
      else unwrap(await api.POST('/v1/me/notifications/read-all'));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'inbox'] }),
  });
  return (
    <Stack maw={820}>
      <Group justify="space-between">
        <Title order={1}>{t('inbox.title')}</Title>
        {unreadCount > 0 && (
          <Button size="xs" variant="light" onClick={() => markRead.mutate(null)}>
            {t('inbox.readAll')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('inbox.unread', { count: unreadCount })}
      </Text>
      {inbox.isError && <ProblemAlert problem={asProblem(inbox.error)} />}
      {items?.length === 0 && <Text>{t('inbox.empty')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items?.map((item) => (
          <Card key={item.id} component="li" withBorder padding="sm">
            {/* On a phone the button goes under the text rather than squeeze its label. */}
            <Group justify="space-between" gap="xs" align="start">
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Text fw={item.readAt ? 400 : 700} style={{ overflowWrap: 'anywhere' }}>
                  {item.title}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {item.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {moment(item.createdAt)}
                </Text>
              </Stack>
              {item.readAt ? (
                <Badge variant="outline" color="gray">
                  {t('inbox.read')}
                </Badge>
              ) : (
                <Button size="xs" variant="subtle" onClick={() => markRead.mutate(item.id)} aria-label={t('inbox.markRead', { title: item.title })}>
                  {t('inbox.markReadShort')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      {inbox.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
            {t('inbox.more')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
