import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { deliveryQuery } from './deliveries-queries';

/** A notification's every delivery try, and replay while it stands failed. */
export function DeliveryDetail({ notificationId, onClose }: { notificationId: string; onClose(): void }): ReactNode {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const detail = useQuery(deliveryQuery(notificationId));
  const replay = useReplay();
  const item = detail.data;
  return (
    <Card withBorder component="section" aria-labelledby="delivery-detail">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3" id="delivery-detail">
            {t('ops.deliveries.detail.title')}
          </Title>
          <Button size="xs" variant="subtle" onClick={onClose}>
            {t('ops.close')}
          </Button>
        </Group>
        {detail.isError && <ProblemAlert problem={asProblem(detail.error)} />}
        {item && (
          <>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {item.title}
            </Text>
            <Group gap="xs">
              <Badge>{t(`ops.deliveries.status.${item.status}`)}</Badge>
              <Badge variant="outline">{t(`ops.deliveries.channel.${item.channel}`)}</Badge>
              <Text size="sm">{item.recipient?.email ?? item.endpointId ?? '—'}</Text>
            </Group>
            {item.statusReason && <Text size="sm">{item.statusReason}</Text>}
            <Table.ScrollContainer minWidth={560} type="native" tabIndex={0} aria-label={t('ops.deliveries.tries')}>
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ops.deliveries.try.attempt')}</Table.Th>
                    <Table.Th scope="col">{t('ops.deliveries.try.at')}</Table.Th>
                    <Table.Th scope="col">{t('ops.deliveries.try.outcome')}</Table.Th>
                    <Table.Th scope="col">{t('ops.deliveries.try.response')}</Table.Th>
                    <Table.Th scope="col">{t('ops.deliveries.try.error')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {item.tries.map((attempt) => (
                    <Table.Tr key={attempt.attempt}>
                      <Table.Td>{attempt.attempt}</Table.Td>
                      <Table.Td>{moment(attempt.startedAt)}</Table.Td>
                      <Table.Td>{attempt.outcome}</Table.Td>
                      <Table.Td>
                        {attempt.responseStatus ?? '—'} · {t('ops.deliveries.try.duration', { ms: attempt.durationMs })}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{attempt.error ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {item.tries.length === 0 && <Text c="dimmed">{t('ops.deliveries.noTries')}</Text>}
            {item.status === 'failed' && (
              <Group>
                <Button
                  size="xs"
                  loading={replay.isPending}
                  onClick={() => replay.mutate(item.id, { onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['staff', 'deliveries'] }) })}
                >
                  {t('ops.deliveries.replay')}
                </Button>
              </Group>
            )}
            {replay.isError && <ProblemAlert problem={asProblem(replay.error)} />}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Replay of a failed notification: queued again at once, its earlier tries kept. */
export function useReplay() {
  return useMutation({
    mutationFn: async (notificationId: string) =>
      unwrap(await api.POST('/v1/notifications/{notificationId}/replay', { params: { path: { notificationId } } })),
  });
}
