import type { JSX } from 'react';
import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { CursorPager } from '../cursor-pager';
import { accountsQuery } from '../staff-queries';
import { ACCOUNT_STATUSES, ROLES, STAFF_PAGE_SIZE, toAccountsQuery, withFilter } from '../staff-search';
import { StaffTable } from '../staff-table';
import { listColumnHelper } from '../../../tables/list-table';
import { DisableDialog, RolesDialog } from './account-dialogs';
import { InviteForm } from './invite-form';

type Account = components['schemas']['Account'];
const route = getRouteApi('/staff/accounts');
const column = listColumnHelper<Account>();
type Dialog = { kind: 'roles' | 'disable'; account: Account } | null;

const rolesOf = (t: (id: MessageId) => string, account: Account) => account.grants.map((grant) => t(`staff.role.${grant.role}` as MessageId)).join(', ');

/** Accounts, invitations and roles: invite a person, see who has not accepted yet, change roles, disable. */
export function AccountsPage(): JSX.Element {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { moment } = useDateFormats();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [typed, setTyped] = useState(search.email ?? '');
  const applyEmail = useDebouncedCallback((value: string) => void navigate({ search: withFilter(search, 'email', value.trim()) }), 350);
  const list = useQuery(accountsQuery(toAccountsQuery(search)));
  const pending = useQuery(accountsQuery({ status: 'invited', limit: STAFF_PAGE_SIZE }));

  const roles = (account: Account) => rolesOf(t, account);
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('email', {
          header: () => t('auth.email'),
          cell: (info) => (
            <>
              <Text size="sm" fw={500}>
                {info.getValue()}
              </Text>
              <Text size="xs" c="dimmed">
                {info.row.original.displayName}
              </Text>
            </>
          ),
        }),
        column.accessor('grants', { header: () => t('staff.accounts.roles'), cell: (info) => rolesOf(t, info.row.original) }),
        column.accessor('status', {
          header: () => t('staff.accounts.column.status'),
          cell: (info) => (
            <Badge variant="filled" color={info.getValue() === 'disabled' ? 'gray.7' : info.getValue() === 'active' ? 'teal.9' : 'blue.8'}>
              {t(`staff.accountStatus.${info.getValue()}` as MessageId)}
            </Badge>
          ),
        }),
        column.accessor('createdAt', { header: () => t('staff.accounts.column.created'), cell: (info) => moment(info.getValue()) }),
        column.display({
          id: 'actions',
          header: () => t('staff.accounts.column.actions'),
          cell: (info) => {
            const account = info.row.original;
            return (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="light" onClick={() => setDialog({ kind: 'roles', account })} aria-label={t('staff.accounts.rolesOf', { email: account.email })}>
                  {t('staff.accounts.changeRoles')}
                </Button>
                {account.status !== 'disabled' && (
                  <Button
                    size="compact-xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => setDialog({ kind: 'disable', account })}
                    aria-label={t('staff.accounts.disable.title', { email: account.email })}
                  >
                    {t('staff.accounts.disable')}
                  </Button>
                )}
              </Group>
            );
          },
        }),
      ]),
    [t, moment],
  );

  return (
    <Stack>
      <Title order={1}>{t('staff.accounts.title')}</Title>
      <Card withBorder>
        <Title order={2} size="h3" mb="sm">
          {t('staff.accounts.invite')}
        </Title>
        <InviteForm />
      </Card>
      <Title order={2} size="h3">
        {t('staff.accounts.pending')}
      </Title>
      {pending.isError && <ProblemAlert problem={asProblem(pending.error)} />}
      {pending.data?.items.length === 0 && <Text c="dimmed">{t('staff.accounts.pending.none')}</Text>}
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('staff.accounts.pending')}>
        {pending.data?.items.map((account) => (
          <Text component="li" key={account.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
            <b>{account.email}</b> · {roles(account)} · {t('staff.accounts.invitedOn', { date: moment(account.createdAt) })}
          </Text>
        ))}
      </Stack>
      <Title order={2} size="h3">
        {t('staff.accounts.all')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} role="search" aria-label={t('staff.filters')}>
        <TextInput
          type="search"
          label={t('staff.accounts.filter.email')}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            applyEmail(event.currentTarget.value);
          }}
        />
        <NativeSelect
          label={t('staff.accounts.filter.role')}
          value={search.role ?? ''}
          data={[{ value: '', label: t('staff.filter.any') }, ...ROLES.map((role) => ({ value: role, label: t(`staff.role.${role}` as MessageId) }))]}
          onChange={(event) => void navigate({ search: withFilter(search, 'role', event.currentTarget.value) })}
        />
        <NativeSelect
          label={t('staff.accounts.column.status')}
          value={search.status ?? ''}
          data={[{ value: '', label: t('staff.filter.any') }, ...ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`staff.accountStatus.${status}` as MessageId) }))]}
          onChange={(event) => void navigate({ search: withFilter(search, 'status', event.currentTarget.value) })}
        />
      </SimpleGrid>
      {list.isError && <ProblemAlert problem={asProblem(list.error)} />}
      <StaffTable label={t('staff.accounts.table')} rows={list.data?.items} columns={columns} minWidth={760} empty={t('staff.accounts.empty')} />
      <CursorPager
        key={`${search.role}-${search.status}-${search.email}`}
        label={t('staff.pager.label')}
        cursor={search.cursor}
        nextCursor={list.data?.nextCursor}
        go={(cursor) => void navigate({ search: { ...search, cursor } })}
      />
      {dialog?.kind === 'roles' && <RolesDialog account={dialog.account} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'disable' && <DisableDialog account={dialog.account} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
