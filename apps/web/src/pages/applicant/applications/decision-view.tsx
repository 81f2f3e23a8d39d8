import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { explanationMessage } from './explanation';

type Application = components['schemas']['Application'];
type Decision = components['schemas']['ApplicationDecision'];

/** A released decision: the place and its offer, the waitlists, and why each higher choice did not place. */
export function DecisionView({ application, decision }: { application: Application; decision: Decision }) {
  const t = useT();
  const { moment } = useDateFormats();
  const titleOf = (id: string) => application.choices.find((choice) => choice.exchangeProgramId === id)?.title ?? id;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t(`decision.outcome.${decision.outcome}` as MessageId)}
      </Title>
      {decision.placement && <Offer application={application} placement={decision.placement} />}
      {decision.waitlists.length > 0 && (
        <>
          <Text fw={500} size="sm">
            {t('decision.waitlists')}
          </Text>
          <List size="sm">
            {decision.waitlists.map((entry) => (
              <List.Item key={entry.exchangeProgramId}>{t('decision.waitlist', { title: entry.title, position: entry.position })}</List.Item>
            ))}
          </List>
        </>
      )}
      {decision.explanations.length > 0 && (
        <>
          <Text fw={500} size="sm">
            {t('decision.explanations')}
          </Text>
          <List size="sm">
            {decision.explanations.map((entry) => {
              const message = explanationMessage(entry.explanation);
              return (
                <List.Item key={entry.exchangeProgramId}>
                  <b>
                    {entry.choiceRank}. {titleOf(entry.exchangeProgramId)}
                  </b>
                  {': '}
                  {t(message.id, message.values)}
                </List.Item>
              );
            })}
          </List>
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('decision.released', { at: moment(decision.releasedAt) })}
      </Text>
    </Stack>
  );
}

function Offer({ application, placement }: { application: Application; placement: NonNullable<Decision['placement']> }) {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const path = { applicationId: application.id };
  const answer = useMutation({
    mutationFn: async (accept: boolean) => {
      if (accept) unwrap(await api.POST('/v1/me/applications/{applicationId}/offer/acceptance', { params: { path } }));
      else unwrap(await api.POST('/v1/me/applications/{applicationId}/offer/decline', { params: { path }, body: {} }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'applications'] }),
  });
  const open = placement.offer === 'open' && (placement.offerDeadline === null || Date.parse(placement.offerDeadline) > Date.now());
  return (
    // The title and the badge in near-black: the alert's own green (and the default outline
    // badge) fall short of WCAG AA contrast on its tinted background.
    <Alert
      color={placement.offer === 'declined' || placement.offer === 'lapsed' ? 'gray' : 'green'}
      title={
        <Text span inherit c="gray.9">
          {t('decision.placement', { title: placement.title })}
        </Text>
      }
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light">{t(`offer.${placement.offer}` as MessageId)}</Badge>
          <Badge variant="outline" color="gray.9">{t(`nomination.${placement.nomination}` as MessageId)}</Badge>
        </Group>
        {placement.offerDeadline && <Text size="sm">{t('offer.deadline', { at: moment(placement.offerDeadline) })}</Text>}
        {open && (
          <Group gap="xs">
            <Button size="xs" onClick={() => answer.mutate(true)} loading={answer.isPending && answer.variables === true}>
              {t('offer.accept')}
            </Button>
            <Button size="xs" variant="default" onClick={() => answer.mutate(false)} loading={answer.isPending && answer.variables === false}>
              {t('offer.decline')}
            </Button>
          </Group>
        )}
        <ProblemAlert problem={answer.error ? asProblem(answer.error) : null} />
      </Stack>
    </Alert>
  );
}
