import { Alert, Badge, Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { listColumnHelper, ListTable } from '../../../tables/list-table';
import { endpointDeliveriesQuery, type WebhookDeliveryStatus } from '../partner-queries';

type Delivery = components['schemas']['WebhookDelivery'];
const column = listColumnHelper<Delivery>();
/** The states a webhook's notification can be in (a webhook is never `sent`: that is an email's). */
const STATUSES: WebhookDeliveryStatus[] = ['queued', 'delivered', 'failed', 'cancelled'];
const REFRESH_MS = 5_000;
const STATUS_COLOR: Record<string, string> = { delivered: 'teal.9', failed: 'red.9', queued: 'blue.9' };

/**
 * What the platform sent to one endpoint, newest first: each notification's state, how many
 * tries, and the last try (the receiver's HTTP status, the error). A failed one is replayed
 * (`POST /v1/notifications/{id}/replay`, which lets a contact replay their own endpoints'):
 * it is queued again and the log, read again, follows its new tries. "Show more" reads the
 * next page by the API's cursor; while something waits to be sent, the log refreshes itself.
 */
export function EndpointDeliveries({ endpointId, headingId }: { endpointId: string; headingId: string }) {
  const t = useT();
  const { moment } = useDateFormats();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>(undefined);
  // While a delivery waits (a first try, a retry's back-off), the log is read again every few seconds.
  const deliveries = useInfiniteQuery({
    ...endpointDeliveriesQuery(endpointId, status),
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((item) => item.status === 'queued')) ? REFRESH_MS : false),
  });
  const rows = deliveries.data?.pages.flatMap((page) => page.items);
  const queryClient = useQueryClient();
  const replay = useMutation({
    mutationFn: async (notificationId: string) =>
      unwrap(await api.POST('/v1/notifications/{notificationId}/replay', { params: { path: { notificationId } } })),
    // Every status filter's pages of this endpoint: the replayed one has left `failed` for `queued`.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partner', 'webhook-endpoints', endpointId, 'deliveries'] }),
  });

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('createdAt', { header: () => t('partner.webhooks.log.at'), cell: (info) => moment(info.getValue()) }),
        column.accessor('type', { header: () => t('partner.webhooks.log.type'), cell: (info) => <code>{info.getValue()}</code> }),
        column.accessor('status', {
          header: () => t('partner.webhooks.log.status'),
          cell: (info) => {
            const row = info.row.original;
            return (
              <Stack gap={2} align="start">
                <Badge color={STATUS_COLOR[row.status] ?? 'gray.7'}>{t(`ops.deliveries.status.${row.status}`)}</Badge>
                {row.status === 'queued' && row.notBefore && (
                  <Text size="xs">{t('partner.webhooks.log.nextTry', { at: moment(row.notBefore) })}</Text>
                )}
                {row.statusReason && <Text size="xs">{row.statusReason}</Text>}
                {row.status === 'failed' && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    loading={replay.isPending && replay.variables === row.notificationId}
                    onClick={() => replay.mutate(row.notificationId)}
                    aria-label={t('partner.webhooks.log.replayOne', { type: row.type, at: moment(row.createdAt) })}
                  >
                    {t('partner.webhooks.log.replay')}
                  </Button>
                )}
              </Stack>
            );
          },
        }),
        column.accessor('attempts', { header: () => t('partner.webhooks.log.attempts') }),
        column.accessor('lastTry', {
          header: () => t('partner.webhooks.log.lastTry'),
          cell: (info) => {
            const last = info.getValue();
            if (!last) return t('partner.webhooks.log.notTried');
            return (
              <Stack gap={2}>
                <Text size="xs">
                  {last.responseStatus === null
                    ? t('partner.webhooks.log.noAnswer', { at: moment(last.startedAt) })
                    : t('partner.webhooks.log.answered', { status: last.responseStatus, at: moment(last.startedAt) })}
                </Text>
                {last.error && (
                  <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                    {last.error}
                  </Text>
                )}
              </Stack>
            );
          },
        }),
      ]),
    [t, moment, replay],
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={4} size="h6" id={headingId}>
        {t('partner.webhooks.log.title')}
      </Title>
      <NativeSelect
        label={t('partner.webhooks.log.status')}
        value={status ?? ''}
        onChange={(event) => setStatus((event.currentTarget.value || undefined) as WebhookDeliveryStatus | undefined)}
        data={[{ value: '', label: t('partner.webhooks.log.anyStatus') }, ...STATUSES.map((value) => ({ value, label: t(`ops.deliveries.status.${value}`) }))]}
        style={{ maxWidth: 240 }}
      />
      {deliveries.isError && <ProblemAlert problem={asProblem(deliveries.error)} />}
      {replay.isError && <ProblemAlert problem={asProblem(replay.error)} />}
      {replay.isSuccess && (
        <Alert color="teal" role="status">
          {t('partner.webhooks.log.replayed', { type: replay.data.type })}
        </Alert>
      )}
      {!deliveries.isError && (
        <ListTable label={t('ops.deliveries.table')} columns={columns} rows={rows} rowKey={(row) => row.notificationId} minWidth={720} empty={t('partner.webhooks.log.empty')} />
      )}
      {deliveries.hasNextPage && (
        <Button size="xs" variant="default" onClick={() => void deliveries.fetchNextPage()} loading={deliveries.isFetchingNextPage} style={{ alignSelf: 'start' }}>
          {t('partner.more')}
        </Button>
      )}
    </Stack>
  );
}
