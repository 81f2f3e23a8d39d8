import type { JSX } from 'react';
import { Badge, Button, Card, Group, List, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import { MatchingOutcomes } from './matching-outcomes';
import { PastRuns, pastRunsQuery } from './past-runs';
import { matchingRunQuery, programChoicesQuery, type MatchingRun } from './staff-queries';

const route = getRouteApi('/staff/matching');
// Recharts stays out of every other page's bundle.
const FillChart = lazy(() => import('./fill-chart'));

/**
 * A season's matching: a preview (nothing changes), its figures and every applicant's
 * explanation, then the commit. The API answers a run when it is done (it runs within the
 * request), so "working" is the request in flight; the run's id stays in the URL.
 */
export function MatchingPage(): JSX.Element {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [season, setSeason] = useState<number | string>(new Date().getFullYear() + 1);
  const [seed, setSeed] = useState('');
  const preview = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/v1/manage/matching-runs', { body: { season: Number(season), mode: 'preview', ...(seed.trim() ? { seed: seed.trim() } : {}) } })),
    onSuccess: async (run) => {
      queryClient.setQueryData(matchingRunQuery(run.id).queryKey, run);
      await queryClient.invalidateQueries({ queryKey: pastRunsQuery().queryKey });
      await navigate({ search: { run: run.id } });
    },
  });

  return (
    <Stack>
      <Title order={1}>{t('staffMatching.title')}</Title>
      <Text c="dimmed">{t('staffMatching.intro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          preview.mutate();
        }}
      >
        <Group align="end">
          <NumberInput label={t('staffMatching.season')} w={140} min={2000} max={2200} allowDecimal={false} value={season} onChange={setSeason} required />
          <TextInput label={t('staffMatching.seed')} description={t('staffMatching.seedHint')} w={220} maxLength={100} value={seed} onChange={(event) => setSeed(event.currentTarget.value)} />
          <Button type="submit" loading={preview.isPending}>
            {t('staffMatching.preview')}
          </Button>
        </Group>
      </form>
      {preview.isPending && <Text role="status">{t('staffMatching.running')}</Text>}
      {preview.isError && <ProblemAlert problem={asProblem(preview.error)} />}
      {search.run && <RunView runId={search.run} />}
      <PastRuns current={search.run} onOpen={(run) => void navigate({ search: { run } })} />
    </Stack>
  );
}

function RunView({ runId }: { runId: string }) {
  const t = useT();
  const run = useQuery(matchingRunQuery(runId));
  if (run.isError) return <ProblemAlert problem={asProblem(run.error)} />;
  if (!run.data) return <Text role="status">{t('common.loading')}</Text>;
  return <RunFigures run={run.data} />;
}

function RunFigures({ run }: { run: MatchingRun }) {
  const t = useT();
  const { moment } = useDateFormats();
  const programs = useQuery(programChoicesQuery(run.season));
  const titles = useMemo(() => new Map(programs.data?.items.map((program) => [program.id, program.title]) ?? []), [programs.data]);
  const title = (id: string) => titles.get(id) ?? t('staffMatching.unknownProgram');
  const stats = run.statistics;
  const fills = stats.programs.map((fill) => ({ program: title(fill.exchangeProgramId), member: fill.member.filled, partner: fill.partner.filled }));
  const figures: Array<[string, number]> = [
    [t('staffMatching.applicants'), stats.applicants],
    [t('staffMatching.placed'), stats.placed],
    [t('staffMatching.firstChoice'), stats.placedOnFirstChoice],
    [t('staffMatching.topThree'), stats.placedInTopThree],
    [t('staffMatching.unplaced'), stats.unplaced],
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('staffMatching.runTitle', { season: run.season })}
        </Title>
        <Badge size="lg" variant="light">
          {t(run.status === 'committed' ? 'staffMatching.status.committed' : 'staffMatching.status.preview')}
        </Badge>
      </Group>
      <Text size="sm">
        {run.committedAt ? t('staffMatching.committedAt', { at: moment(run.committedAt) }) : t('staffMatching.createdAt', { at: moment(run.createdAt) })}
        {' · '}
        {t('staffMatching.seedIs', { seed: run.seed })}
      </Text>
      {/* A description list: each figure's label is read with its value. */}
      <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" m={0}>
        {figures.map(([label, value]) => (
          <Card key={label} withBorder padding="sm">
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="xl" fw={700} m={0}>
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {stats.programs.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('staffMatching.fill')}
          </Title>
          <Suspense fallback={<Text size="sm">{t('common.loading')}</Text>}>
            <FillChart fills={fills} />
          </Suspense>
          <List size="sm" mt="xs">
            {stats.programs.map((fill) => (
              <List.Item key={fill.exchangeProgramId}>
                {t('staffMatching.fillLine', {
                  program: title(fill.exchangeProgramId),
                  member: fill.member.filled,
                  memberPlaces: fill.member.places,
                  partner: fill.partner.filled,
                  partnerPlaces: fill.partner.places,
                  rate: Math.round(fill.fillRate * 100),
                })}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {run.status === 'preview' && <CommitRun run={run} />}
      <MatchingOutcomes runId={run.id} title={title} programIds={stats.programs.map((fill) => fill.exchangeProgramId)} />
    </Stack>
  );
}

/** Committing allocates the season once and tells no one yet: asked for twice, in a dialog. */
function CommitRun({ run }: { run: MatchingRun }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const commit = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/manage/matching-runs/{runId}/commit', { params: { path: { runId: run.id } } })),
    onSuccess: (committed) => {
      setConfirming(false);
      queryClient.setQueryData(matchingRunQuery(run.id).queryKey, committed);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff', 'matching', run.id, 'outcomes'] }),
        queryClient.invalidateQueries({ queryKey: pastRunsQuery().queryKey }),
      ]);
    },
    onError: () => setConfirming(false),
  });
  return (
    <>
      <Button onClick={() => setConfirming(true)} style={{ alignSelf: 'start' }} loading={commit.isPending}>
        {t('staffMatching.commit')}
      </Button>
      {commit.isPending && <Text role="status">{t('staffMatching.committing')}</Text>}
      {commit.isError && <ProblemAlert problem={asProblem(commit.error)} />}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('staffMatching.confirmTitle', { season: run.season })}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        <Stack>
          <Text size="sm">{t('staffMatching.confirmBody')}</Text>
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => commit.mutate()} loading={commit.isPending}>
              {t('staffMatching.confirmCommit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
