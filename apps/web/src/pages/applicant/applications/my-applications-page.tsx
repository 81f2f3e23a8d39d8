import type { JSX } from 'react';
import { Badge, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { myApplicationsQuery } from '../applicant-queries';
import { DecisionView } from './decision-view';
import { MyDocuments } from './my-documents';

type Application = components['schemas']['Application'];

/** Statuses after which nothing is left to withdraw from. */
const FINAL = new Set<Application['status']>(['withdrawn', 'not_accepted', 'offer_declined', 'offer_lapsed']);

/** The applicant's applications, newest season first, each with its status and, once released, its decision. */
export function MyApplicationsPage(): JSX.Element {
  const t = useT();
  const applications = useQuery(myApplicationsQuery());
  return (
    <Stack maw={820}>
      <Title order={1}>{t('applications.title')}</Title>
      {applications.isError && <ProblemAlert problem={asProblem(applications.error)} />}
      {!applications.data && !applications.isError && <Text role="status">{t('common.loading')}</Text>}
      {applications.data?.items.length === 0 && <Text>{t('applications.none')}</Text>}
      {applications.data?.items.map((application) => <ApplicationCard key={application.id} application={application} />)}
    </Stack>
  );
}

function ApplicationCard({ application }: { application: Application }) {
  const t = useT();
  const { moment } = useDateFormats();
  return (
    <Card withBorder component="article" aria-labelledby={`application-${application.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id={`application-${application.id}`}>
            {t('program.season', { season: application.season })}
          </Title>
          <Badge variant="light">{t(`status.${application.status}` as MessageId)}</Badge>
        </Group>
        {application.submittedAt && <Text size="sm">{t('applications.submittedAt', { at: moment(application.submittedAt) })}</Text>}
        <List type="ordered" size="sm">
          {application.choices.map((choice) => (
            <List.Item key={choice.exchangeProgramId}>{choice.title}</List.Item>
          ))}
        </List>
        <MyDocuments applicationId={application.id} />
        {application.decision ? (
          <DecisionView application={application} decision={application.decision} />
        ) : (
          application.status !== 'draft' && application.status !== 'withdrawn' && <Text size="sm" c="dimmed">{t('applications.noDecisionYet')}</Text>
        )}
        {application.withdrawReason && <Text size="sm">{t('applications.withdrawnBecause', { reason: application.withdrawReason })}</Text>}
        {!FINAL.has(application.status) && <Withdraw applicationId={application.id} />}
      </Stack>
    </Card>
  );
}

function Withdraw({ applicationId }: { applicationId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/me/applications/{applicationId}/withdrawal', { params: { path: { applicationId } }, body: { reason: reason.trim() } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'applications'] }),
  });
  if (!open) {
    return (
      <Button size="xs" variant="subtle" color="red" onClick={() => setOpen(true)} style={{ alignSelf: 'start' }}>
        {t('applications.withdraw')}
      </Button>
    );
  }
  return (
    <Stack gap="xs">
      <Textarea label={t('applications.withdraw.reason')} required autosize minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} data-autofocus />
      <ProblemAlert problem={withdraw.error ? asProblem(withdraw.error) : null} />
      <Group gap="xs">
        <Button size="xs" color="red" disabled={!reason.trim()} loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {t('applications.withdraw.confirm')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
