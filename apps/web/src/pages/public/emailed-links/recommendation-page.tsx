import type { JSX } from 'react';
import { Alert, FileInput, Loader, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { sendWithProgress } from '../../../api/send-with-progress';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';
import { AuthCard } from '../../auth/auth-card';
import { recommendationRequestQuery } from './emailed-link-queries';

type RecommendationRequest = components['schemas']['RecommendationRequest'];

const route = getRouteApi('/recommendation');

/**
 * A referee's emailed link (`/recommendation?token=…`): who asks for a letter and for
 * which program, then the letter's upload (a PDF; a new one replaces it while the
 * application is open). No account: the token in the link is the permission.
 */
export function RecommendationPage(): JSX.Element {
  const t = useT();
  const { token } = route.useSearch();
  return (
    <AuthCard title={t('recommendation.title')}>
      {token ? <RecommendationRequestView token={token} /> : <Alert color="orange">{t('emailedLink.missingToken')}</Alert>}
    </AuthCard>
  );
}

function RecommendationRequestView({ token }: { token: string }) {
  const t = useT();
  const { moment } = useDateFormats();
  const queryClient = useQueryClient();
  const request = useQuery(recommendationRequestQuery(token));
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useMutation({
    mutationFn: async (file: File) =>
      (await sendWithProgress('PUT', `/v1/recommendations/${encodeURIComponent(token)}/letter`, file, 'application/octet-stream', setProgress)) as RecommendationRequest,
    onSuccess: (answer) => queryClient.setQueryData(recommendationRequestQuery(token).queryKey, answer),
    onSettled: () => setProgress(null),
  });

  if (request.isPending) return <Loader aria-label={t('common.loading')} />;
  if (request.isError) return <ProblemAlert problem={asProblem(request.error)} />;
  const data = request.data;
  return (
    <Stack>
      <Text>
        {t('recommendation.asked', {
          referee: data.refereeName,
          applicant: data.applicantName,
          program: data.programTitle,
          season: data.season,
        })}
      </Text>
      {data.received && data.receivedAt ? (
        <Alert color="green" role="status">
          {t('recommendation.received', { at: moment(data.receivedAt) })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('recommendation.expires', { at: moment(data.linkExpiresAt) })}
        </Text>
      )}
      <FileInput
        label={t(data.received ? 'recommendation.replace' : 'recommendation.letter')}
        description={t('recommendation.letterHint')}
        accept="application/pdf"
        placeholder={t('recommendation.choose')}
        // Mantine's placeholder grey falls under 4.5:1 on this card (axe's color-contrast).
        styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        onChange={(file) => file && upload.mutate(file)}
        disabled={upload.isPending}
        clearable={false}
      />
      {progress !== null && <Progress value={progress * 100} aria-label={t('recommendation.progress')} animated />}
      {upload.isError && <ProblemAlert problem={asProblem(upload.error)} />}
    </Stack>
  );
}
