import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { EditEndpointForm } from './edit-endpoint-form';
import { EndpointDeliveries } from './endpoint-deliveries';

type Endpoint = components['schemas']['WebhookEndpoint'];
type WithSecret = components['schemas']['WebhookEndpointWithSecret'];

/** What the card asks to confirm before doing it: each of these cannot be taken back. */
type Confirming = 'rotate' | 'disable' | 'delete' | null;

/**
 * One endpoint: where it points, what it receives, whether deliveries succeed, its delivery
 * log (opened on demand), and its actions. Rotating, disabling and deleting ask first:
 * the old secret stops working at once (retries of older notifications too), disabling
 * cancels what waits to be sent, deleting takes the delivery log with it. The new secret
 * goes to `onRotated`, which shows it once.
 */
export function EndpointCard({ endpoint, onRotated }: { endpoint: Endpoint; onRotated(endpoint: WithSecret): void }) {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [editing, setEditing] = useState(false);
  const [logShown, setLogShown] = useState(false);
  const params = { path: { endpointId: endpoint.id } };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['partner', 'webhook-endpoints'] });
  const rotate = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/webhook-endpoints/{endpointId}/rotate-secret', { params })),
    onSuccess: (rotated) => {
      setConfirming(null);
      onRotated(rotated);
      return refresh();
    },
  });
  const ping = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/webhook-endpoints/{endpointId}/ping', { params })),
    onSuccess: refresh,
  });
  const setEnabled = useMutation({
    mutationFn: async (enabled: boolean) => unwrap(await api.PATCH('/v1/webhook-endpoints/{endpointId}', { params, body: { enabled } })),
    onSuccess: () => {
      setConfirming(null);
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/v1/webhook-endpoints/{endpointId}', { params }));
    },
    onSuccess: refresh,
  });
  const problem = rotate.error ?? ping.error ?? setEnabled.error ?? remove.error;
  const confirmation = confirming && CONFIRMATIONS[confirming];
  const logId = `endpoint-log-${endpoint.id}`;

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
        {editing ? (
          <EditEndpointForm endpoint={endpoint} onDone={() => setEditing(false)} />
        ) : confirming && confirmation ? (
          <Alert color="red" p="xs" title={t(confirmation.title)}>
            <Stack gap="xs" align="start">
              <Text size="sm">{t(confirmation.body)}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="red.9"
                  onClick={() => (confirming === 'rotate' ? rotate.mutate() : confirming === 'disable' ? setEnabled.mutate(false) : remove.mutate())}
                  loading={rotate.isPending || setEnabled.isPending || remove.isPending}
                >
                  {t(confirmation.yes)}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Group gap="xs">
            {endpoint.enabled && (
              <Button size="xs" variant="light" onClick={() => ping.mutate()} loading={ping.isPending}>
                {t('partner.webhooks.ping')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('partner.webhooks.edit')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming('rotate')}>
              {t('partner.webhooks.rotate')}
            </Button>
            {endpoint.enabled ? (
              <Button size="xs" variant="default" onClick={() => setConfirming('disable')}>
                {t('partner.webhooks.disable')}
              </Button>
            ) : (
              <Button size="xs" variant="light" onClick={() => setEnabled.mutate(true)} loading={setEnabled.isPending}>
                {t('partner.webhooks.enable')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => setConfirming('delete')}>
              {t('partner.webhooks.delete')}
            </Button>
          </Group>
        )}
        <Button
          size="xs"
          variant="default"
          onClick={() => setLogShown((shown) => !shown)}
          aria-expanded={logShown}
          aria-controls={logShown ? `${logId}-panel` : undefined}
          style={{ alignSelf: 'start' }}
        >
          {logShown ? t('partner.webhooks.log.hide') : t('partner.webhooks.log.show')}
        </Button>
        {logShown && (
          <div id={`${logId}-panel`}>
            <EndpointDeliveries endpointId={endpoint.id} headingId={logId} />
          </div>
        )}
      </Stack>
    </Card>
  );
}

const CONFIRMATIONS = {
  rotate: { title: 'partner.webhooks.rotateConfirm.title', body: 'partner.webhooks.rotateConfirm.body', yes: 'partner.webhooks.rotateConfirm.yes' },
  disable: { title: 'partner.webhooks.disableConfirm.title', body: 'partner.webhooks.disableConfirm.body', yes: 'partner.webhooks.disableConfirm.yes' },
  delete: { title: 'partner.webhooks.deleteConfirm.title', body: 'partner.webhooks.deleteConfirm.body', yes: 'partner.webhooks.deleteConfirm.yes' },
} as const satisfies Record<Exclude<Confirming, null>, Record<'title' | 'body' | 'yes', MessageId>>;
