import type { JSX } from 'react';
import { Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { FilterText } from '../filter-text';
import { NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES, withFilter } from '../ops-search';
import { CursorPager, OpsTable } from '../ops-table';
import { listColumnHelper } from '../../../tables/list-table';
import { deliveriesQuery, type NotificationRecord } from './deliveries-queries';
import { DeliveryDetail, useReplay } from './delivery-detail';

const route = getRouteApi('/staff/deliveries');
const column = listColumnHelper<NotificationRecord>();

/** The delivery log: what the platform told whom, by channel, status and recipient (filters in the URL); replay a failed one. */
export function DeliveriesPage(): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({ ...deliveriesQuery(search), placeholderData: keepPreviousData });
  const [shown, setShown] = useState<string | null>(null);
  const replay = useReplay();
  const filter = <K extends 'status' | 'channel' | 'type' | 'recipientEmail'>(key: K, value: string | null) =>
    void navigate({ search: (current) => withFilter(current, key, value as (typeof search)[K] | null) });

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('createdAt', { header: () => t('ops.deliveries.column.at'), cell: (info) => moment(info.getValue()) }),
        column.accessor('channel', { header: () => t('ops.deliveries.column.channel'), cell: (info) => t(`ops.deliveries.channel.${info.getValue()}`) }),
        column.accessor('status', {
          header: () => t('ops.deliveries.column.status'),
          cell: (info) => <Badge color={info.getValue() === 'failed' ? 'red.9' : 'gray.7'}>{t(`ops.deliveries.status.${info.getValue()}`)}</Badge>,
        }),
        column.accessor('title', {
          header: () => t('ops.deliveries.column.title'),
          cell: (info) => (
            <>
              <Text size="sm">{info.getValue()}</Text>
              <Text size="xs" c="dimmed">
                {info.row.original.type}
              </Text>
            </>
          ),
        }),
        column.display({
          id: 'recipient',
          header: () => t('ops.deliveries.column.recipient'),
          cell: (info) => info.row.original.recipient?.email ?? info.row.original.endpointId ?? '—',
        }),
        column.accessor('attempts', { header: () => t('ops.deliveries.column.attempts') }),
        column.display({
          id: 'actions',
          header: () => t('ops.column.actions'),
          cell: (info) => {
            const item = info.row.original;
            return (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="light" onClick={() => setShown(item.id)} aria-label={t('ops.deliveries.showTries', { title: item.title })}>
                  {t('ops.deliveries.tries')}
                </Button>
                {item.status === 'failed' && (
                  <Button
                    size="compact-xs"
                    onClick={() => replay.mutate(item.id, { onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['staff', 'deliveries'] }) })}
                    aria-label={t('ops.deliveries.replayOne', { title: item.title })}
                  >
                    {t('ops.deliveries.replay')}
                  </Button>
                )}
              </Group>
            );
          },
        }),
      ]),
    [t, moment, replay, queryClient],
  );

  const options = <T extends string>(values: readonly T[], prefix: 'ops.deliveries.status' | 'ops.deliveries.channel') =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as `ops.deliveries.status.${(typeof NOTIFICATION_STATUSES)[number]}`) }));

  return (
    <Stack maw={1200}>
      <Title order={1}>{t('ops.deliveries.title')}</Title>
      <Group gap="xs" align="end" component="form" role="search" aria-label={t('ops.filters')} onSubmit={(event) => event.preventDefault()}>
        <Select label={t('ops.deliveries.column.status')} placeholder={t('ops.any')} data={options(NOTIFICATION_STATUSES, 'ops.deliveries.status')} value={search.status ?? null} onChange={(value) => filter('status', value)} clearable style={{ flex: '1 1 140px' }} />
        <Select label={t('ops.deliveries.column.channel')} placeholder={t('ops.any')} data={options(NOTIFICATION_CHANNELS, 'ops.deliveries.channel')} value={search.channel ?? null} onChange={(value) => filter('channel', value)} clearable style={{ flex: '1 1 140px' }} />
        <FilterText label={t('ops.deliveries.filter.recipient')} type="email" value={search.recipientEmail} onCommit={(value) => filter('recipientEmail', value)} />
        <FilterText label={t('ops.deliveries.filter.type')} placeholder="announcement" value={search.type} onCommit={(value) => filter('type', value)} />
      </Group>
      {list.isError && <ProblemAlert problem={asProblem(list.error)} />}
      {replay.isError && <ProblemAlert problem={asProblem(replay.error)} />}
      {shown && <DeliveryDetail notificationId={shown} onClose={() => setShown(null)} />}
      {list.data && <OpsTable label={t('ops.deliveries.table')} columns={columns} rows={list.data.items} rowKey={(row) => row.id} minWidth={900} empty={t('ops.empty')} />}
      <CursorPager
        onFirst={search.cursor ? () => void navigate({ search: (current) => ({ ...current, cursor: undefined }) }) : null}
        onNext={list.data?.nextCursor ? () => void navigate({ search: (current) => ({ ...current, cursor: list.data?.nextCursor ?? undefined }) }) : null}
      />
    </Stack>
  );
}
