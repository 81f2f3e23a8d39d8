import type { JSX } from 'react';
import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useLanguageName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { ConflictDeclaration } from './conflict-declaration';
import { ReadingMaterial } from './reading-material';
import { readerApplicantName, readingQuery, type ReadingDetail } from './reviewer-queries';
import { ScoreForm } from './score-form';

const route = getRouteApi('/review/$applicationId/$exchangeProgramId');

/** One reading: who (as the API shows them), their choices and material, and the rubric to score. */
export function ReadingPage(): JSX.Element {
  const t = useT();
  const { applicationId, exchangeProgramId } = route.useParams();
  const reading = useQuery(readingQuery(applicationId, exchangeProgramId));
  return (
    <Stack maw={820}>
      <AnchorLink to="/review" size="sm">
        {t('review.back')}
      </AnchorLink>
      {reading.isError && <ProblemAlert problem={asProblem(reading.error)} />}
      {!reading.data && !reading.isError && <Text role="status">{t('common.loading')}</Text>}
      {reading.data && <Reading reading={reading.data} />}
    </Stack>
  );
}

function Reading({ reading }: { reading: ReadingDetail }) {
  const t = useT();
  const { day, moment } = useDateFormats();
  const languageName = useLanguageName();
  const queryClient = useQueryClient();
  const path = { applicationId: reading.applicationId, exchangeProgramId: reading.exchangeProgramId };
  const { applicant } = reading;
  /** What the API answers after a score or a declared conflict is the reading now: shown at once, the list read again. */
  const show = async (next: ReadingDetail) => {
    queryClient.setQueryData(readingQuery(reading.applicationId, reading.exchangeProgramId).queryKey, next);
    await queryClient.invalidateQueries({ queryKey: ['review', 'readings'] });
  };

  return (
    <>
      <Group justify="space-between" align="start">
        <Title order={1}>{readerApplicantName(applicant)}</Title>
        <Badge size="lg" variant="light">
          {t(`staffReview.reading.${reading.state}` as MessageId)}
        </Badge>
      </Group>
      <Text>
        {reading.programTitle} · {applicant.blind ? t('review.roundBlind', { round: reading.round }) : t('review.round', { round: reading.round })}
      </Text>
      {applicant.blind && <Text size="sm" c="dimmed">{t('review.blindNote')}</Text>}
      <Card withBorder>
        <Stack gap="xs">
          {applicant.birthDate && <Text size="sm">{t('review.birthDate', { date: day(applicant.birthDate) })}</Text>}
          {reading.application.submittedAt && <Text size="sm">{t('applications.submittedAt', { at: moment(reading.application.submittedAt) })}</Text>}
          <Text size="sm">
            {t('review.languages', {
              languages: reading.profile.languages.map((spoken) => `${languageName(spoken.language)} (${spoken.level})`).join(', ') || '—',
            })}
          </Text>
          <Title order={2} size="h4">
            {t('review.choices')}
          </Title>
          <List type="ordered" size="sm">
            {reading.application.choices.map((choice) => (
              <List.Item key={choice.exchangeProgramId} fw={choice.exchangeProgramId === reading.exchangeProgramId ? 700 : undefined}>
                {choice.title}
              </List.Item>
            ))}
          </List>
        </Stack>
      </Card>
      {reading.material && <ReadingMaterial applicationId={reading.applicationId} exchangeProgramId={reading.exchangeProgramId} material={reading.material} />}
      <Card withBorder>
        <Stack>
          <Title order={2} size="h3">
            {t('review.scoring')}
          </Title>
          {reading.state === 'conflict' ? (
            <Text size="sm" role="status">
              {t('review.conflict', { note: reading.reading.conflictNote ?? '' })}
            </Text>
          ) : reading.rubric === null ? (
            <Text size="sm">{t('review.noRubric')}</Text>
          ) : (
            <>
              {reading.scoredAt && <Text size="sm">{t('review.scoredAt', { at: moment(reading.scoredAt) })}</Text>}
              <ScoreForm
                criteria={reading.rubric.criteria}
                previous={{ scores: reading.reading.scores, comment: reading.reading.comment }}
                save={async (body) => show(unwrap(await api.PUT('/v1/review/assignments/{applicationId}/{exchangeProgramId}/score', { params: { path }, body })))}
              />
            </>
          )}
          {reading.state !== 'conflict' && (
            <ConflictDeclaration
              declare={async (note) => show(unwrap(await api.POST('/v1/review/assignments/{applicationId}/{exchangeProgramId}/conflict', { params: { path }, body: { note } })))}
            />
          )}
        </Stack>
      </Card>
    </>
  );
}
