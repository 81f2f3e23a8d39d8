import { Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { profileQuery } from '../applicant-queries';

/**
 * Where the saved guardian's consent stands, and a new link for them (submitting asks once
 * by itself; a new link replaces the last). Given consent is not asked again; when none is
 * needed, the API says so and the page shows its problem.
 */
export function GuardianConsent() {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const profile = useQuery(profileQuery());
  const request = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/me/applicant-profile/guardian-consent-request')),
    onSuccess: (guardianConsent) => {
      queryClient.setQueryData(profileQuery().queryKey, (current) => (current ? { ...current, guardianConsent } : current));
    },
  });
  const saved = profile.data;
  if (!saved?.guardian) return null;
  const consent = saved.guardianConsent;
  return (
    <Stack gap="xs" mt="sm">
      <Text size="sm" aria-live="polite">
        {consent.status === 'given' && consent.givenAt
          ? t('profile.consent.given', { at: moment(consent.givenAt) })
          : consent.status === 'requested' && consent.requestedAt
            ? t('profile.consent.requested', { at: moment(consent.requestedAt), email: saved.guardian.email })
            : consent.status === 'not-needed'
              ? t('profile.consent.notNeeded')
              : t('profile.consent.notRequested')}
      </Text>
      {consent.status !== 'given' && (
        <Button type="button" variant="default" size="sm" loading={request.isPending} onClick={() => request.mutate()} style={{ alignSelf: 'start' }}>
          {consent.status === 'requested' ? t('profile.consent.again') : t('profile.consent.ask')}
        </Button>
      )}
      <ProblemAlert problem={request.error ? asProblem(request.error) : null} />
    </Stack>
  );
}
