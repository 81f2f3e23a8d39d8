import type { JSX } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { problemFieldMessages } from '../../../forms/server-field-errors';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { useSession } from '../../../api/session';
import { categoriesFor, type PreferenceCategory as Category } from './preference-categories';
import { useDescribeViolation } from '../../../forms/validation-message';

type Update = components['schemas']['NotificationPreferencesUpdate'];
const VIEWER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Which notifications come by email and inbox, and quiet hours during which email waits. */
export function PreferencesPage(): JSX.Element {
  const t = useT();
  const roles = useSession()?.tokens.caller.grants.map((grant) => grant.role) ?? [];
  const preferences = useQuery({
    queryKey: ['me', 'notification-preferences'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/me/notification-preferences', { signal })),
  });
  if (preferences.isError) return <ProblemAlert problem={asProblem(preferences.error)} />;
  if (!preferences.data) return <Text role="status">{t('common.loading')}</Text>;
  const data = preferences.data;
  const categories = categoriesFor(roles, data.channels, data.alwaysOn);
  return (
    <PreferencesForm
      categories={categories}
      initial={{
        timeZone: data.timeZone,
        quietHours: data.quietHours,
        digest: data.digest,
        channels: data.channels.filter((c): c is Update['channels'][number] => (categories as string[]).includes(c.category)),
      }}
    />
  );
}

function PreferencesForm({ initial, categories }: { initial: Update; categories: Category[] }) {
  const t = useT();
  const describe = useDescribeViolation();
  const queryClient = useQueryClient();
  const [channels, setChannels] = useState(
    categories.map((category) => initial.channels.find((c) => c.category === category) ?? { category, email: true, inbox: true }),
  );
  const [quiet, setQuiet] = useState(initial.quietHours !== null);
  const [start, setStart] = useState(initial.quietHours?.start ?? '22:00');
  const [end, setEnd] = useState(initial.quietHours?.end ?? '07:00');
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/v1/me/notification-preferences', {
          body: { timeZone: initial.timeZone ?? VIEWER_TIME_ZONE, digest: initial.digest, quietHours: quiet ? { start, end } : null, channels },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'notification-preferences'] }),
  });
  const fieldErrors = save.error ? problemFieldMessages(asProblem(save.error), describe) : new Map<string, string>();
  const toggle = (category: Category, channel: 'email' | 'inbox', on: boolean) =>
    setChannels(channels.map((c) => (c.category === category ? { ...c, [channel]: on } : c)));

  return (
    <Stack maw={640}>
      <Title order={1}>{t('preferences.title')}</Title>
      <Table.ScrollContainer minWidth={300}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('preferences.category')}</Table.Th>
              <Table.Th>{t('preferences.email')}</Table.Th>
              <Table.Th>{t('preferences.inbox')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {channels.map((row) => (
              <Table.Tr key={row.category}>
                <Table.Td>{t(`preferences.category.${row.category}` as MessageId)}</Table.Td>
                <Table.Td>
                  <Checkbox aria-label={t('preferences.emailFor', { category: t(`preferences.category.${row.category}` as MessageId) })} checked={row.email} onChange={(e) => toggle(row.category, 'email', e.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>
                  <Checkbox aria-label={t('preferences.inboxFor', { category: t(`preferences.category.${row.category}` as MessageId) })} checked={row.inbox} onChange={(e) => toggle(row.category, 'inbox', e.currentTarget.checked)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {t('preferences.critical')}
      </Text>
      <Switch label={t('preferences.quietHours')} checked={quiet} onChange={(e) => setQuiet(e.currentTarget.checked)} />
      {quiet && (
        <Group gap="xs" grow>
          <TextInput type="time" label={t('preferences.quietFrom')} value={start} onChange={(e) => setStart(e.currentTarget.value)} error={fieldErrors.get('quietHours.start')} />
          <TextInput type="time" label={t('preferences.quietUntil')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={fieldErrors.get('quietHours.end')} />
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {t('preferences.timeZone', { zone: initial.timeZone ?? VIEWER_TIME_ZONE })}
      </Text>
      <ProblemAlert problem={save.error ? asProblem(save.error) : null} />
      {save.isSuccess && (
        <Alert color="green" role="status">
          {t('preferences.saved')}
        </Alert>
      )}
      <Button onClick={() => save.mutate()} loading={save.isPending} style={{ alignSelf: 'start' }}>
        {t('preferences.save')}
      </Button>
    </Stack>
  );
}
