import type { JSX } from 'react';
import { Alert, Button, Card, Checkbox, Radio, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../forms/problem-alert';
import { AnchorLink } from '../../../layout/anchor-link';
import { useApiForm } from '../../../forms/use-api-form';
import { useT } from '../../../i18n/locale-provider';
import { announcementFormSchema, EMPTY_ANNOUNCEMENT } from './announcement-form';
import { PastAnnouncements } from './past-announcements';

/** Writing an announcement to the network (or its staff) and sending it; the ones sent before, with their notifications counted by status. */
export function AnnouncementsPage(): JSX.Element {
  const t = useT();
  const queryClient = useQueryClient();
  const { form, problem, submit } = useApiForm(announcementFormSchema, EMPTY_ANNOUNCEMENT);
  const [sent, setSent] = useState<{ announcementId: string; notifications: number } | null>(null);
  const errors = form.formState.errors;

  const onSubmit = submit(async (values) => {
    setSent(null);
    const result = unwrap(await api.POST('/v1/announcements', { body: values }));
    setSent(result);
    form.reset(EMPTY_ANNOUNCEMENT);
    await queryClient.invalidateQueries({ queryKey: ['staff', 'announcements'] });
  });

  return (
    <Stack maw={820}>
      <Title order={1}>{t('ops.announcements.title')}</Title>
      <Card withBorder component="form" onSubmit={onSubmit} noValidate aria-labelledby="announcement-new">
        <Stack gap="sm">
          <Title order={2} size="h3" id="announcement-new">
            {t('ops.announcements.new')}
          </Title>
          <TextInput label={t('ops.announcements.field.title')} required {...form.register('title')} error={errors.title?.message} />
          <Textarea label={t('ops.announcements.field.body')} required autosize minRows={4} {...form.register('body')} error={errors.body?.message} />
          <Controller
            control={form.control}
            name="audience"
            render={({ field }) => (
              <Radio.Group label={t('ops.announcements.field.audience')} value={field.value} onChange={field.onChange} error={errors.audience?.message}>
                <Group gap="md" mt={4}>
                  <Radio value="everyone" label={t('ops.announcements.audience.everyone')} />
                  <Radio value="staff" label={t('ops.announcements.audience.staff')} />
                </Group>
              </Radio.Group>
            )}
          />
          <Controller
            control={form.control}
            name="webhooks"
            render={({ field }) => (
              <Checkbox label={t('ops.announcements.field.webhooks')} checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} />
            )}
          />
          <Text size="xs" c="dimmed">
            {t('ops.announcements.languageNote')}
          </Text>
          <ProblemAlert problem={problem} />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('ops.announcements.send')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <div aria-live="polite">
        {sent && (
          <Alert color="blue" role="status" title={t('ops.announcements.sent.title')}>
            {t('ops.announcements.sent.body', { count: sent.notifications })}
          </Alert>
        )}
      </div>
      <Stack gap="xs" component="section" aria-labelledby="announcements-past">
        <Title order={2} size="h3" id="announcements-past">
          {t('ops.announcements.past')}
        </Title>
        <PastAnnouncements />
        <AnchorLink to="/staff/deliveries" search={{ type: 'announcement' }} size="sm">
          {t('ops.announcements.deliveries')}
        </AnchorLink>
      </Stack>
    </Stack>
  );
}
