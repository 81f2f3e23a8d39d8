import type { JSX } from 'react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';

/**
 * The way to Bull Board (`/admin/queues`, served by the gateway). A browser opening it
 * sends no bearer token, so the API first sets a cookie holding the access token for that
 * path only; then the browser goes there.
 */
export function QueuesPage(): JSX.Element {
  const t = useT();
  const open = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/admin/queue-dashboard/session')),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  return (
    <Stack maw={640}>
      <Title order={1}>{t('staff.queues.title')}</Title>
      <Text>{t('staff.queues.intro')}</Text>
      <ProblemAlert problem={open.isError ? asProblem(open.error) : null} />
      <Button onClick={() => open.mutate()} loading={open.isPending} style={{ alignSelf: 'start' }}>
        {t('staff.queues.open')}
      </Button>
    </Stack>
  );
}
