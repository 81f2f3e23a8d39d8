import type { JSX } from 'react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { useSession } from '../../../api/session';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { partnershipsQuery } from '../../agreements/agreement-queries';
import { webhookEndpointsQuery } from '../partner-queries';
import { CreateEndpointForm } from './create-endpoint-form';
import { EndpointCard } from './endpoint-card';
import { SecretOnce } from './secret-once';

type WithSecret = components['schemas']['WebhookEndpointWithSecret'];

/** The partner cities this contact acts for (their grant's scope), named from their partnerships. */
function useOwnCities(): Array<{ id: string; name: string }> {
  const grants = useSession()?.tokens.caller.grants ?? [];
  const ids = grants.filter((grant) => grant.role === 'partner-contact').flatMap((grant) => grant.scopeIds ?? []);
  const partnerships = useInfiniteQuery({ ...partnershipsQuery(), enabled: ids.length > 1 });
  const names = new Map(partnerships.data?.pages.flatMap((page) => page.items.map((item) => [item.partnerCity.id, item.partnerCity.name] as const)));
  return ids.map((id) => ({ id, name: names.get(id) ?? id }));
}

/**
 * The city's webhook endpoints: where the platform POSTs signed notifications. A new or
 * rotated secret is shown once, above the list, until the person dismisses it.
 */
export function WebhooksPage(): JSX.Element {
  const t = useT();
  const cities = useOwnCities();
  const endpoints = useInfiniteQuery(webhookEndpointsQuery());
  const items = endpoints.data?.pages.flatMap((page) => page.items) ?? [];
  const [revealed, setRevealed] = useState<WithSecret | null>(null);

  return (
    <Stack maw={820}>
      <div>
        <Title order={1}>{t('partner.webhooks.title')}</Title>
        <Text c="dimmed">{t('partner.webhooks.intro')}</Text>
      </div>
      {revealed && <SecretOnce url={revealed.url} secret={revealed.secret} onDone={() => setRevealed(null)} />}
      <CreateEndpointForm cities={cities} onCreated={setRevealed} />
      <Title order={2} size="h3">
        {t('partner.webhooks.list')}
      </Title>
      {endpoints.isError && <ProblemAlert problem={asProblem(endpoints.error)} />}
      {endpoints.isPending && <Text role="status">{t('common.loading')}</Text>}
      {endpoints.isSuccess && items.length === 0 && <Text role="status">{t('partner.webhooks.empty')}</Text>}
      {items.map((endpoint) => (
        <EndpointCard key={endpoint.id} endpoint={endpoint} onRotated={setRevealed} />
      ))}
      {endpoints.hasNextPage && (
        <Button variant="default" onClick={() => void endpoints.fetchNextPage()} loading={endpoints.isFetchingNextPage} style={{ alignSelf: 'start' }}>
          {t('partner.more')}
        </Button>
      )}
    </Stack>
  );
}
