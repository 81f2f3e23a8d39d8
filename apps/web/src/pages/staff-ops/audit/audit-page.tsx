import type { JSX } from 'react';
import { Anchor, Badge, Group, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import type { operations } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { FilterText } from '../filter-text';
import { AUDIT_OUTCOMES, AUDITED_METHODS, withFilter, type AuditSearch } from '../ops-search';
import { CursorPager, OpsTable } from '../ops-table';
import { listColumnHelper } from '../../../tables/list-table';
import { toAuditQuery } from './audit-query';

type AuditEntry = operations['listAuditLog']['responses'][200]['content']['application/json']['items'][number];
type FilterKey = Exclude<keyof AuditSearch, 'cursor'>;
const route = getRouteApi('/staff/audit');
const column = listColumnHelper<AuditEntry>();

/** Every state-changing request, newest first, filtered by actor, action, resource and days (in the viewer's time zone), all in the URL. */
export function AuditPage(): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = toAuditQuery(search);
  const list = useQuery({
    queryKey: ['staff', 'audit', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/audit-log', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
  const filter = useCallback((key: FilterKey, value: string | null) => void navigate({ search: (current) => withFilter(current, key, value as never) }), [navigate]);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('at', { header: () => t('ops.audit.column.at'), cell: (info) => moment(info.getValue()) }),
        column.accessor('actorEmail', {
          header: () => t('ops.audit.column.actor'),
          cell: (info) => {
            const actorId = info.row.original.actorId;
            if (!actorId) return info.getValue() ?? '—';
            return (
              <Anchor component="button" type="button" size="sm" onClick={() => filter('actorId', actorId)} aria-label={t('ops.audit.byActor', { actor: info.getValue() ?? actorId })}>
                {info.getValue() ?? actorId}
              </Anchor>
            );
          },
        }),
        column.accessor('route', {
          header: () => t('ops.audit.column.action'),
          cell: (info) => (
            <>
              <Text size="sm" ff="monospace">
                {info.row.original.method} {info.getValue()}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {info.row.original.path}
              </Text>
            </>
          ),
        }),
        column.accessor('targetId', { header: () => t('ops.audit.column.target'), cell: (info) => <Text size="xs" style={{ overflowWrap: 'anywhere' }}>{info.getValue() ?? '—'}</Text> }),
        column.accessor('outcome', {
          header: () => t('ops.audit.column.outcome'),
          cell: (info) => (
            <Badge color={info.getValue() === 'success' ? 'teal.9' : 'red.9'} style={{ minWidth: 'max-content' }}>
              {t(`ops.audit.outcome.${info.getValue()}`)} · {info.row.original.status}
            </Badge>
          ),
        }),
        column.accessor('correlationId', { header: () => t('ops.audit.column.reference'), cell: (info) => <Text size="xs">{info.getValue()}</Text> }),
      ]),
    [t, moment, filter],
  );

  return (
    <Stack maw={1200}>
      <Title order={1}>{t('ops.audit.title')}</Title>
      <Group gap="xs" align="end" component="form" role="search" aria-label={t('ops.filters')} onSubmit={(event) => event.preventDefault()}>
        <FilterText label={t('ops.audit.filter.actor')} value={search.actorId} onCommit={(value) => filter('actorId', value)} />
        <FilterText label={t('ops.audit.filter.route')} placeholder="/v1/announcements" value={search.route} onCommit={(value) => filter('route', value)} />
        <FilterText label={t('ops.audit.filter.target')} value={search.targetId} onCommit={(value) => filter('targetId', value)} />
        <Select label={t('ops.audit.filter.method')} placeholder={t('ops.any')} data={[...AUDITED_METHODS]} value={search.method ?? null} onChange={(value) => filter('method', value)} clearable style={{ flex: '1 1 120px' }} />
        <Select
          label={t('ops.audit.column.outcome')}
          placeholder={t('ops.any')}
          data={AUDIT_OUTCOMES.map((value) => ({ value, label: t(`ops.audit.outcome.${value}`) }))}
          value={search.outcome ?? null}
          onChange={(value) => filter('outcome', value)}
          clearable
          style={{ flex: '1 1 120px' }}
        />
        <FilterText label={t('ops.audit.filter.from')} type="date" value={search.from} onCommit={(value) => filter('from', value)} />
        <FilterText label={t('ops.audit.filter.to')} type="date" value={search.to} onCommit={(value) => filter('to', value)} />
      </Group>
      <Text size="xs" c="dimmed">
        {t('ops.audit.timeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
      </Text>
      {list.isError && <ProblemAlert problem={asProblem(list.error)} />}
      {list.data && <OpsTable label={t('ops.audit.table')} columns={columns} rows={list.data.items} rowKey={(row) => row.id} minWidth={1000} empty={t('ops.empty')} />}
      <CursorPager
        onFirst={search.cursor ? () => void navigate({ search: (current) => ({ ...current, cursor: undefined }) }) : null}
        onNext={list.data?.nextCursor ? () => void navigate({ search: (current) => ({ ...current, cursor: list.data?.nextCursor ?? undefined }) }) : null}
      />
    </Stack>
  );
}
