import { Button, Card, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { createWebhookEndpointBodySchema } from '@scn/contracts/notifications/webhook-endpoints.rpc';
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

type WithSecret = components['schemas']['WebhookEndpointWithSecret'];

const shape = createWebhookEndpointBodySchema.shape;
/** The API's own rules for the fields (URL, description, type names), without its defaults. */
const endpointSchema = z.object({
  url: shape.url,
  description: shape.description.unwrap(),
  types: shape.types.unwrap(),
  cityId: shape.cityId,
});

/**
 * A new endpoint: its URL, a description, and either every event or only some. A contact of
 * several cities names the city (one city: the API takes it). The answer's secret goes to
 * `onCreated`, which shows it once.
 */
export function CreateEndpointForm({ cities, onCreated }: { cities: Array<{ id: string; name: string }>; onCreated(endpoint: WithSecret): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [someTypes, setSomeTypes] = useState(false);
  const { form, problem, submit } = useApiForm(endpointSchema, { url: '', description: '', types: [], cityId: cities.length > 1 ? cities[0]?.id : undefined });
  const { errors, isSubmitting } = form.formState;
  const typesError = errors.types?.message ?? errors.types?.find?.((error) => error?.message)?.message;

  const onSubmit = submit(async (values) => {
    const created = unwrap(await api.POST('/v1/webhook-endpoints', { body: { ...values, types: someTypes ? values.types : [] } }));
    form.reset();
    setSomeTypes(false);
    onCreated(created);
    await queryClient.invalidateQueries({ queryKey: ['partner', 'webhook-endpoints'] });
  });

  return (
    <Card withBorder component="section" aria-labelledby="new-endpoint-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-endpoint-title">
            {t('partner.webhooks.new')}
          </Title>
          <TextInput
            label={t('partner.webhooks.url')}
            description={t('partner.webhooks.urlHint')}
            type="url"
            inputMode="url"
            placeholder="https://example.org/webhooks"
            {...form.register('url')}
            error={errors.url?.message}
            required
          />
          <TextInput label={t('partner.webhooks.description')} {...form.register('description')} error={errors.description?.message} />
          {cities.length > 1 && (
            <NativeSelect label={t('partner.webhooks.city')} data={cities.map((city) => ({ value: city.id, label: city.name }))} {...form.register('cityId')} error={errors.cityId?.message} />
          )}
          <Controller
            control={form.control}
            name="types"
            render={({ field }) => <TypesChoice some={someTypes} onSomeChange={setSomeTypes} value={field.value} onChange={field.onChange} error={typesError} />}
          />
          <ProblemAlert problem={problem} />
          <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'start' }}>
            {t('partner.webhooks.create')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
