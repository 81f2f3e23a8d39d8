import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';

type Endpoint = components['schemas']['WebhookEndpoint'];
type WithSecret = components['schemas']['WebhookEndpointWithSecret'];

/**
 * One endpoint: where it points, what it receives, whether deliveries succeed, and its two
 * actions. Rotating asks first, since the old secret stops working at once (retries of
 * older notifications too); the new secret goes to `onRotated`, which shows it once.
 */
export function EndpointCard({ endpoint, onRotated }: { endpoint: Endpoint; onRotated(endpoint: WithSecret): void }) {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const [confirmingRotation, setConfirmingRotation] = useState(false);
  const params = { path: { endpointId: endpoint.id } };
  const rotate = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/webhook-endpoints/{endpointId}/rotate-secret', { params })),
    onSuccess: (rotated) => {
      setConfirmingRotation(false);
      onRotated(rotated);
      return queryClient.invalidateQueries({ queryKey: ['partner', 'webhook-endpoints'] });
    },
  });
  const ping = useMutation({ mutationFn: async () => unwrap(await api.POST('/v1/webhook-endpoints/{endpointId}/ping', { params })) });
  const problem = rotate.error ?? ping.error;

  return (
    <Card withBorder component="article" aria-labelledby={`endpoint-${endpoint.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="start" gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id={`endpoint-${endpoint.id}`} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {endpoint.url}
          </Title>
          <Badge color={!endpoint.enabled ? 'gray.7' : endpoint.failingSince ? 'red.9' : 'teal.9'} style={{ flexShrink: 0 }}>
            {!endpoint.enabled ? t('partner.webhooks.disabled') : endpoint.failingSince ? t('partner.webhooks.failing') : t('partner.webhooks.enabled')}
          </Badge>
        </Group>
        {endpoint.description && <Text size="sm">{endpoint.description}</Text>}
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {endpoint.types.length === 0 ? t('partner.webhooks.allTypes') : t('partner.webhooks.onlyTypes', { types: endpoint.types.join(', ') })}
        </Text>
        <Text size="xs" c="dimmed">
          {[
            t('partner.webhooks.createdAt', { at: moment(endpoint.createdAt) }),
            endpoint.lastSuccessAt ? t('partner.webhooks.lastSuccess', { at: moment(endpoint.lastSuccessAt) }) : t('partner.webhooks.noSuccess'),
            ...(endpoint.failingSince ? [t('partner.webhooks.failingSince', { at: moment(endpoint.failingSince) })] : []),
          ].join(' · ')}
        </Text>
        {endpoint.disabledReason && (
          <Text size="sm" c="red.8">
            {t('partner.webhooks.disabledBecause', { reason: endpoint.disabledReason })}
          </Text>
        )}
        {ping.isSuccess && (
          <Alert color="blue" role="status" p="xs">
            {t('partner.webhooks.pingQueued', { id: ping.data.notificationId })}
          </Alert>
        )}
        <ProblemAlert problem={problem ? asProblem(problem) : null} />
        {confirmingRotation ? (
          <Alert color="red" p="xs" title={t('partner.webhooks.rotateConfirm.title')}>
            <Stack gap="xs" align="start">
              <Text size="sm">{t('partner.webhooks.rotateConfirm.body')}</Text>
              <Group gap="xs">
                <Button size="xs" color="red.9" onClick={() => rotate.mutate()} loading={rotate.isPending}>
                  {t('partner.webhooks.rotateConfirm.yes')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirmingRotation(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => ping.mutate()} loading={ping.isPending}>
              {t('partner.webhooks.ping')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirmingRotation(true)}>
              {t('partner.webhooks.rotate')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
