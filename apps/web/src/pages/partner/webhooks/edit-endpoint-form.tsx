import { Button, Group, Stack, TextInput } from '@mantine/core';
import { updateWebhookEndpointBodySchema } from '@scn/contracts/notifications/webhook-endpoints.rpc';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useApiForm } from '../../../forms/use-api-form';
import { useT } from '../../../i18n/locale-provider';
import { TypesChoice } from './types-choice';

type Endpoint = components['schemas']['WebhookEndpoint'];

const shape = updateWebhookEndpointBodySchema.shape;
/** The API's own rules for the fields that can change (the URL, the description, the event types). */
const editSchema = z.object({ url: shape.url.unwrap(), description: shape.description.unwrap(), types: shape.types.unwrap() });

/** Changes an endpoint's URL, description or events (its secret and city stay). */
export function EditEndpointForm({ endpoint, onDone }: { endpoint: Endpoint; onDone(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [someTypes, setSomeTypes] = useState(endpoint.types.length > 0);
  const { form, problem, submit } = useApiForm(editSchema, { url: endpoint.url, description: endpoint.description, types: endpoint.types });
  const { errors, isSubmitting } = form.formState;
  const typesError = errors.types?.message ?? errors.types?.find?.((error) => error?.message)?.message;

  const onSubmit = submit(async (values) => {
    const body = { ...values, types: someTypes ? values.types : [] };
    unwrap(await api.PATCH('/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId: endpoint.id } }, body }));
    await queryClient.invalidateQueries({ queryKey: ['partner', 'webhook-endpoints'] });
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('partner.webhooks.edit.title', { url: endpoint.url })}>
      <Stack gap="sm">
        <TextInput label={t('partner.webhooks.url')} type="url" inputMode="url" {...form.register('url')} error={errors.url?.message} required data-autofocus />
        <TextInput label={t('partner.webhooks.description')} {...form.register('description')} error={errors.description?.message} />
        <Controller
          control={form.control}
          name="types"
          render={({ field }) => <TypesChoice some={someTypes} onSomeChange={setSomeTypes} value={field.value} onChange={field.onChange} error={typesError} />}
        />
        <ProblemAlert problem={problem} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={isSubmitting}>
            {t('partner.webhooks.edit.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
