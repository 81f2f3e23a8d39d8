import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { interestQuery, setFollowing } from './followed-queries';

/**
 * Follow or stop following a program (a signed-in applicant on its page): followers are
 * told when its window opens, reminded before it closes, told when its dates change. A
 * program the notifications service does not know (yet, or any more) offers nothing.
 */
export function FollowButton({ exchangeProgramId, title }: { exchangeProgramId: string; title: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const interest = useQuery(interestQuery(exchangeProgramId));
  const change = useMutation({
    mutationFn: (follow: boolean) => setFollowing(exchangeProgramId, follow),
    onSuccess: async (answer) => {
      queryClient.setQueryData(interestQuery(exchangeProgramId).queryKey, answer);
      await queryClient.invalidateQueries({ queryKey: ['me', 'followed-programs', 'list'] });
    },
  });
  const problem = interest.error ? asProblem(interest.error) : null;
  if (problem?.code === 'PROGRAM_INTEREST.PROGRAM_UNKNOWN') return null;
  const following = interest.data?.following ?? false;
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Button
          variant={following ? 'default' : 'filled'}
          disabled={!interest.data}
          loading={change.isPending}
          onClick={() => change.mutate(!following)}
          aria-label={following ? t('follow.stop', { title }) : t('follow.start', { title })}
        >
          {following ? t('follow.stopShort') : t('follow.startShort')}
        </Button>
        <Text size="sm" c="dimmed" aria-live="polite">
          {interest.data && (following ? t('follow.following') : t('follow.notFollowing'))}
        </Text>
      </Group>
      <ProblemAlert problem={change.error ? asProblem(change.error) : problem} />
    </Stack>
  );
}
