import { Button, Group, NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import type { Candidate } from './staff-queries';

export interface ReviewerChoice {
  id: string;
  name: string;
}

/**
 * A candidacy's next step in review: marked complete first (the API assigns readers only
 * then), then a reviewer of the program chosen and assigned (round 1: blind when the rubric says so).
 */
export function CandidateReviewActions({ candidate, reviewers }: { candidate: Candidate; reviewers: ReviewerChoice[] | null }) {
  const t = useT();
  const queryClient = useQueryClient();
  const path = { exchangeProgramId: candidate.exchangeProgramId, applicationId: candidate.applicationId };
  const assigned = new Set(candidate.reviewers.map((reader) => reader.reviewerId));
  const available = (reviewers ?? []).filter((reviewer) => !assigned.has(reviewer.id));
  const [reviewerId, setReviewerId] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['staff', 'review', candidate.exchangeProgramId, 'candidates'] });

  const complete = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/candidates/{applicationId}/completion', { params: { path } })),
    onSuccess: refresh,
  });
  const assign = useMutation({
    mutationFn: async (id: string) =>
      unwrap(
        await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/candidates/{applicationId}/reviewers', {
          params: { path },
          body: { reviewerIds: [id], round: 1 },
        }),
      ),
    onSuccess: async () => {
      setReviewerId('');
      await refresh();
    },
  });

  if (!candidate.complete) {
    return (
      <>
        <Button size="xs" variant="default" onClick={() => complete.mutate()} loading={complete.isPending} aria-label={t('staffReview.completeFor', { name: candidate.applicantName })}>
          {t('staffReview.complete')}
        </Button>
        {complete.isError && <ProblemAlert problem={asProblem(complete.error)} />}
      </>
    );
  }
  if (reviewers === null || available.length === 0) return null;
  return (
    <>
      <Group gap="xs" wrap="nowrap" align="end">
        <NativeSelect
          size="xs"
          aria-label={t('staffReview.reviewerFor', { name: candidate.applicantName })}
          value={reviewerId}
          onChange={(event) => setReviewerId(event.currentTarget.value)}
          data={[{ value: '', label: t('staffReview.chooseReviewer') }, ...available.map((reviewer) => ({ value: reviewer.id, label: reviewer.name }))]}
        />
        <Button size="xs" disabled={!reviewerId} loading={assign.isPending} onClick={() => assign.mutate(reviewerId)} aria-label={t('staffReview.assignFor', { name: candidate.applicantName })}>
          {t('staffReview.assign')}
        </Button>
      </Group>
      {assign.isError && <ProblemAlert problem={asProblem(assign.error)} />}
    </>
  );
}
