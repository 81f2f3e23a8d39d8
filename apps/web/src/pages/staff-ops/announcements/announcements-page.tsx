import type { JSX } from 'react';
import { Alert, Button, Card, Checkbox, Radio, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { AnchorLink } from '../../../layout/anchor-link';
import { useApiForm } from '../../../forms/use-api-form';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { announcementFormSchema, EMPTY_ANNOUNCEMENT } from './announcement-form';

const pastAnnouncementsQuery = () => ({
  queryKey: ['staff', 'announcements', 'past'],
  // The API keeps no list of announcements: each one sent is in the audit log, its id the target.
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    unwrap(await api.GET('/v1/audit-log', { params: { query: { route: '/v1/announcements', method: 'POST', limit: 25 } }, signal })),
});

const AUDIT_CATCH_UP_MS = 1_000;

/** Writing an announcement to the network (or its staff) and sending it; the ones sent before. */
export function AnnouncementsPage(): JSX.Element {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const { form, problem, submit } = useApiForm(announcementFormSchema, EMPTY_ANNOUNCEMENT);
  const [sent, setSent] = useState<{ announcementId: string; notifications: number } | null>(null);
  // The audit entry is written once the answer is sent: until the one just sent is listed, ask again.
  const past = useQuery({
    ...pastAnnouncementsQuery(),
    refetchInterval: (query) => (sent && !query.state.data?.items.some((entry) => entry.targetId === sent.announcementId) ? AUDIT_CATCH_UP_MS : false),
  });
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
        {past.isError && <ProblemAlert problem={asProblem(past.error)} />}
        {past.data?.items.length === 0 && <Text c="dimmed">{t('ops.empty')}</Text>}
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {past.data?.items.map((entry) => (
            <Text component="li" size="sm" key={entry.id} style={{ overflowWrap: 'anywhere' }}>
              {t('ops.announcements.pastEntry', { at: moment(entry.at), by: entry.actorEmail ?? '—', outcome: t(`ops.audit.outcome.${entry.outcome}`) })}
            </Text>
          ))}
        </Stack>
        <AnchorLink to="/staff/deliveries" search={{ type: 'announcement' }} size="sm">
          {t('ops.announcements.deliveries')}
        </AnchorLink>
      </Stack>
    </Stack>
  );
}
