import type { JSX } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { bareClient, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { AuthCard } from '../../auth/auth-card';
import { emailSubscriptionsQuery } from './unsubscribe-queries';

type Subscriptions = components['schemas']['EmailSubscriptions'];
type Category = components['schemas']['EmailSubscriptionsUpdate']['categories'][number]['category'];

const route = getRouteApi('/unsubscribe');

/**
 * The page of the unsubscribe link in emails to people without an account (listed
 * contacts of partnerships and member programs): which categories they still get by
 * email. Their mail client's one-click button may have turned them all off already; here
 * they can turn some back on. No account: the token in the link is the permission.
 */
export function UnsubscribePage(): JSX.Element {
  const t = useT();
  const { token } = route.useSearch();
  return (
    <AuthCard title={t('unsubscribe.title')}>
      {token ? <SubscriptionsForm token={token} /> : <Alert color="orange">{t('emailedLink.missingToken')}</Alert>}
    </AuthCard>
  );
}

function SubscriptionsForm({ token }: { token: string }) {
  const t = useT();
  const current = useQuery(emailSubscriptionsQuery(token));
  if (current.isPending) return <Loader aria-label={t('common.loading')} />;
  if (current.isError) return <ProblemAlert problem={asProblem(current.error)} />;
  // The choices start from what the service holds; after a save they are what it answered (the same).
  return <Choices token={token} saved={current.data} />;
}

function Choices({ token, saved }: { token: string; saved: Subscriptions }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState(() => new Map(saved.categories.map((c) => [c.category as Category, c.email])));
  const save = useMutation({
    mutationFn: async (categories: Array<{ category: Category; email: boolean }>) =>
      unwrap(await bareClient.PUT('/v1/email-subscriptions/{token}', { params: { path: { token } }, body: { categories } })),
    onSuccess: (answer) => queryClient.setQueryData(emailSubscriptionsQuery(token).queryKey, answer),
  });
  const submit = (next: Map<Category, boolean>) => save.mutate([...next].map(([category, email]) => ({ category, email })));
  const noneOn = [...chosen.values()].every((on) => !on);

  return (
    <Stack
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(chosen);
      }}
    >
      <Text>{t('unsubscribe.intro', { email: saved.email })}</Text>
      {/* A fieldset, not Checkbox.Group: each box is bound to its own category's state. */}
      <Fieldset legend={t('unsubscribe.categories')} variant="unstyled">
        <Stack gap="xs" mt="xs">
          {[...chosen].map(([category, on]) => (
            <Checkbox
              key={category}
              label={t(`unsubscribe.category.${category}` as MessageId)}
              checked={on}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setChosen((previous) => new Map(previous).set(category, checked));
              }}
            />
          ))}
        </Stack>
      </Fieldset>
      <Text size="sm" c="dimmed">
        {t('unsubscribe.alwaysSent')}
      </Text>
      <Group>
        <Button type="submit" loading={save.isPending && !noneOn}>
          {t('unsubscribe.save')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            const allOff = new Map([...chosen.keys()].map((category) => [category, false]));
            setChosen(allOff);
            submit(allOff);
          }}
        >
          {t('unsubscribe.stopAll')}
        </Button>
      </Group>
      {save.isSuccess && (
        <Alert color="green" role="status">
          {t(noneOn ? 'unsubscribe.savedNone' : 'unsubscribe.saved')}
        </Alert>
      )}
      {save.isError && <ProblemAlert problem={asProblem(save.error)} />}
    </Stack>
  );
}
