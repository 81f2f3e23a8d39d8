import type { JSX } from 'react';
import { Badge, Card, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { hasRole, useSession } from '../../api/session';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { CandidateReviewActions, type ReviewerChoice } from './assign-reviewer';
import { RubricEditor, RubricSummary } from './rubric-editor';
import { RowsTable } from './rows-table';
import { listColumnHelper } from '../../tables/list-table';
import { candidatesQuery, programChoicesQuery, reviewerAccountsQuery, rubricQuery, type Candidate } from './staff-queries';

const route = getRouteApi('/staff/review');
const column = listColumnHelper<Candidate>();

/** A program's candidates: mark each complete, assign its readers, follow their readings and the score. */
export function ReviewAssignmentPage(): JSX.Element {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const programs = useQuery(programChoicesQuery());
  const reviewable = programs.data?.items.filter((program) => program.status !== 'draft') ?? [];

  return (
    <Stack>
      <Title order={1}>{t('staffReview.title')}</Title>
      {programs.isError && <ProblemAlert problem={asProblem(programs.error)} />}
      <NativeSelect
        label={t('staffReview.program')}
        maw={520}
        value={search.program ?? ''}
        onChange={(event) => void navigate({ search: { program: event.currentTarget.value || undefined } })}
        data={[
          { value: '', label: t('staffReview.chooseProgram') },
          ...reviewable.map((program) => ({ value: program.id, label: `${program.title} (${program.season})` })),
        ]}
      />
      {search.program && <ProgramReview exchangeProgramId={search.program} />}
    </Stack>
  );
}

function ProgramReview({ exchangeProgramId }: { exchangeProgramId: string }) {
  const t = useT();
  const current = useSession();
  const queryClient = useQueryClient();
  const rubric = useQuery(rubricQuery(exchangeProgramId));
  const candidates = useInfiniteQuery(candidatesQuery(exchangeProgramId));
  // Only network staff may list accounts; a program admin assigns no one from here.
  const isStaff = hasRole(current, 'network-staff');
  const accounts = useQuery({ ...reviewerAccountsQuery(), enabled: isStaff });
  const reviewers: ReviewerChoice[] | null = useMemo(
    () =>
      accounts.data?.items
        .filter((account) => account.grants.some((grant) => grant.role === 'reviewer' && grant.scopeIds.includes(exchangeProgramId)))
        .map((account) => ({ id: account.id, name: account.displayName })) ?? null,
    [accounts.data, exchangeProgramId],
  );
  const rows = useMemo(() => candidates.data?.pages.flatMap((page) => page.items) ?? [], [candidates.data]);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('applicantName', {
          header: () => t('staffReview.column.applicant'),
          cell: (info) => (
            <>
              <Text size="sm" fw={500}>
                {info.getValue()}
              </Text>
              <Text size="xs" c="dimmed">
                {t('staffReview.choiceRank', { rank: info.row.original.rank })} · {t(`staffMatching.side.${info.row.original.side}` as MessageId)}
              </Text>
            </>
          ),
        }),
        column.accessor('status', {
          header: () => t('staffReview.column.status'),
          cell: (info) => <Badge variant="light">{t(`status.${info.getValue()}` as MessageId)}</Badge>,
        }),
        column.accessor('reviewers', {
          header: () => t('staffReview.column.readers'),
          cell: (info) =>
            info.getValue().length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('staffReview.noReaders')}
              </Text>
            ) : (
              <List size="sm">
                {info.getValue().map((reader) => (
                  <List.Item key={reader.reviewerId}>
                    {reader.displayName} — {t(`staffReview.reading.${reader.state}` as MessageId)}
                  </List.Item>
                ))}
              </List>
            ),
        }),
        column.accessor('score', {
          header: () => t('staffReview.column.score'),
          cell: (info) => {
            const score = info.getValue();
            return score ? t('staffReview.score', { mean: score.mean, readings: score.readings }) : '—';
          },
        }),
        column.display({
          id: 'actions',
          header: () => t('staffReview.column.actions'),
          cell: (info) => <CandidateReviewActions candidate={info.row.original} reviewers={reviewers} />,
        }),
      ]),
    [t, reviewers],
  );

  return (
    <>
      <Card withBorder>
        <Title order={2} size="h3" mb="xs">
          {t('staffReview.rubric.title')}
        </Title>
        {rubric.isError && <ProblemAlert problem={asProblem(rubric.error)} />}
        {rubric.data && <RubricSummary criteria={rubric.data.criteria} blind={rubric.data.blindFirstRound} />}
        {rubric.data === null && <Text size="sm">{t('staffReview.rubric.none')}</Text>}
        {rubric.data !== undefined && (
          <details>
            <summary>{t('staffReview.rubric.edit')}</summary>
            <RubricEditor
              initial={rubric.data ? { criteria: rubric.data.criteria, blindFirstRound: rubric.data.blindFirstRound } : null}
              save={async (body) => {
                const saved = unwrap(await api.PUT('/v1/manage/exchange-programs/{exchangeProgramId}/rubric', { params: { path: { exchangeProgramId } }, body }));
                queryClient.setQueryData(rubricQuery(exchangeProgramId).queryKey, saved);
              }}
            />
          </details>
        )}
      </Card>
      <Title order={2} size="h3">
        {t('staffReview.candidates')}
      </Title>
      {isStaff && reviewers?.length === 0 && <Text size="sm">{t('staffReview.noReviewers')}</Text>}
      {candidates.isError && <ProblemAlert problem={asProblem(candidates.error)} />}
      {candidates.isPending ? (
        <Text role="status">{t('common.loading')}</Text>
      ) : (
        <RowsTable
          label={t('staffReview.table')}
          rows={rows}
          columns={columns}
          rowKey={(candidate) => candidate.applicationId}
          minWidth={820}
          hasMore={candidates.hasNextPage}
          loadingMore={candidates.isFetchingNextPage}
          onMore={() => void candidates.fetchNextPage()}
          empty={t('staffReview.empty')}
        />
      )}
    </>
  );
}
