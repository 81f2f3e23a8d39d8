import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { problemFieldMessages } from '../../../forms/server-field-errors';
import { useDateFormats } from '../../../i18n/date-formats';
import { useLanguageName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { useDescribeViolation } from '../../../forms/validation-message';

type Nomination = components['schemas']['Nomination'];
type Answer = { accept: true } | { accept: false; reason: string };

// Dark shades under white text: the lighter ones fail WCAG's contrast (axe's color-contrast).
const STATUS_COLOURS = { pending: 'indigo.7', accepted: 'teal.9', refused: 'gray.7' } as const;

/**
 * One nominee: who they are (name, birth date, languages), the program, and for a pending
 * nomination the host's answer. A refusal needs its reason (the API requires one and tells
 * the participant); it is asked for before anything is sent.
 */
export function NomineeCard({ nomination }: { nomination: Nomination }) {
  const t = useT();
  const describe = useDescribeViolation();
  const { day, moment } = useDateFormats();
  const languageName = useLanguageName();
  const queryClient = useQueryClient();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const name = `${nomination.participant.givenName} ${nomination.participant.familyName}`;
  const params = { path: { applicationId: nomination.applicationId } };
  const answer = useMutation({
    mutationFn: async (choice: Answer) =>
      choice.accept
        ? unwrap(await api.POST('/v1/nominations/{applicationId}/acceptance', { params }))
        : unwrap(await api.POST('/v1/nominations/{applicationId}/refusal', { params, body: { reason: choice.reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partner', 'nominations'] }),
  });
  const problem = answer.error ? asProblem(answer.error) : null;
  const reasonError = reasonMissing ? t('partner.nominees.reasonRequired') : problem ? problemFieldMessages(problem, describe).get('reason') : undefined;
  const refuse = () => {
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    answer.mutate({ accept: false, reason: reason.trim() });
  };

  return (
    <Card withBorder component="article" aria-label={name}>
      <Stack gap={4}>
        <Group justify="space-between" align="start" gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <Badge color={STATUS_COLOURS[nomination.status]}>
            {t(`partner.nominees.status.${nomination.status}` as MessageId)}
          </Badge>
        </Group>
        <Text size="sm">{nomination.programTitle}</Text>
        <Text size="sm" c="dimmed">
          {t('partner.nominees.born', { date: day(nomination.participant.birthDate) })}
        </Text>
        {nomination.participant.languages.length > 0 && (
          <Text size="sm">
            {t('partner.nominees.languages', {
              languages: nomination.participant.languages.map((known) => `${languageName(known.language)} (${known.level})`).join(', '),
            })}
          </Text>
        )}
        {nomination.decidedAt && (
          <Text size="sm" c="dimmed">
            {t('partner.nominees.decided', { at: moment(nomination.decidedAt) })}
            {nomination.reason && ` — ${nomination.reason}`}
          </Text>
        )}
        {nomination.status === 'pending' && (
          <Stack gap="xs" mt="xs">
            {refusing && (
              <Textarea
                label={t('partner.nominees.reason')}
                description={t('partner.nominees.reasonHint')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={reasonError}
                autosize
                minRows={2}
                maxLength={1000}
                required
              />
            )}
            <ProblemAlert problem={problem} />
            <Group gap="xs">
              {refusing ? (
                <>
                  <Button color="red.9" onClick={refuse} loading={answer.isPending}>
                    {t('partner.nominees.confirmRefuse')}
                  </Button>
                  <Button variant="default" onClick={() => setRefusing(false)}>
                    {t('common.cancel')}
                  </Button>
                </>
              ) : (
                <>
                  <Button onClick={() => answer.mutate({ accept: true })} loading={answer.isPending}>
                    {t('partner.nominees.accept')}
                  </Button>
                  <Button variant="default" onClick={() => setRefusing(true)}>
                    {t('partner.nominees.refuse')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
