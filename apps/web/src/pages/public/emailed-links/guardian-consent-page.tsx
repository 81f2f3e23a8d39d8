import type { JSX } from 'react';
import { Alert, Button, List, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { bareClient, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { AuthCard } from '../../auth/auth-card';
import { guardianConsentRequestQuery } from './emailed-link-queries';

const route = getRouteApi('/guardian-consent');

/**
 * A guardian's emailed link (`/guardian-consent?token=…`): whose consent is asked and for
 * which programs (with their travel dates), then the consent, recorded with its time. No
 * account: the token in the link is the permission.
 */
export function GuardianConsentPage(): JSX.Element {
  const t = useT();
  const { token } = route.useSearch();
  return (
    <AuthCard title={t('guardianConsent.title')}>
      {token ? <ConsentRequestView token={token} /> : <Alert color="orange">{t('emailedLink.missingToken')}</Alert>}
    </AuthCard>
  );
}

function ConsentRequestView({ token }: { token: string }) {
  const t = useT();
  const { day, moment } = useDateFormats();
  const queryClient = useQueryClient();
  const request = useQuery(guardianConsentRequestQuery(token));
  const consent = useMutation({
    mutationFn: async () =>
      unwrap(
        await bareClient.POST('/v1/guardian-consents/{token}', {
          params: { path: { token } },
        }),
      ),
    onSuccess: (answer) => queryClient.setQueryData(guardianConsentRequestQuery(token).queryKey, answer),
  });

  if (request.isPending) return <Loader aria-label={t('common.loading')} />;
  if (request.isError) return <ProblemAlert problem={asProblem(request.error)} />;
  const data = request.data;
  return (
    <Stack>
      <Text>
        {t('guardianConsent.asked', {
          guardian: data.guardianName,
          applicant: data.applicantName,
        })}
      </Text>
      <List spacing="xs">
        {data.programs.map((program) => (
          <List.Item key={program.exchangeProgramId}>
            <Text span fw={500}>
              {program.title}
            </Text>{' '}
            <Text span size="sm" c="dimmed">
              {t('guardianConsent.travel', {
                from: day(program.travelStart),
                to: day(program.travelEnd),
              })}
            </Text>
          </List.Item>
        ))}
      </List>
      {data.status === 'given' && data.givenAt ? (
        <Alert color="green" role="status">
          {t('guardianConsent.given', { at: moment(data.givenAt) })}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('guardianConsent.explain')}</Text>
          <Button onClick={() => consent.mutate()} loading={consent.isPending}>
            {t('guardianConsent.give', { applicant: data.applicantName })}
          </Button>
          <Text size="sm" c="dimmed">
            {t('guardianConsent.refuse', { at: moment(data.linkExpiresAt) })}
          </Text>
        </>
      )}
      {consent.isError && <ProblemAlert problem={asProblem(consent.error)} />}
    </Stack>
  );
}
