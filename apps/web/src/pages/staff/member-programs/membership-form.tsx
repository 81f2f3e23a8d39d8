import { Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem, fieldErrors } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { memberProgramQuery } from '../staff-queries';
import { MEMBERSHIPS } from '../staff-search';
import { useDescribeViolation } from '../../../forms/validation-message';

type MemberProgram = components['schemas']['MemberProgram'];

/**
 * Membership and the year dues are paid through (staff only), sent with the revision
 * read: if someone changed the program meanwhile the API refuses (409) and the page reads
 * it again, so nobody overwrites a change they did not see.
 */
export function MembershipForm({ program }: { program: MemberProgram }) {
  const t = useT();
  const describe = useDescribeViolation();
  const queryClient = useQueryClient();
  const [membership, setMembership] = useState(program.membership);
  const [duesPaidThrough, setDuesPaidThrough] = useState<number | null>(program.duesPaidThrough);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/v1/member-programs/{memberProgramId}/membership', {
          params: { path: { memberProgramId: program.id } },
          body: { revision: program.revision, membership, duesPaidThrough },
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(memberProgramQuery(saved.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'member-programs', 'list'] });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: memberProgramQuery(program.id).queryKey }),
  });
  const problem = save.isError ? asProblem(save.error) : null;
  const byField = problem ? fieldErrors(problem, describe) : {};
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      noValidate
      aria-label={t('staff.memberProgram.membership')}
    >
      <Stack gap="sm">
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('staff.memberPrograms.column.membership')}
            value={membership}
            data={MEMBERSHIPS.map((value) => ({ value, label: t(`staff.membership.${value}` as MessageId) }))}
            onChange={(event) => setMembership(event.currentTarget.value as MemberProgram['membership'])}
            error={byField['membership']}
          />
          <NumberInput
            label={t('staff.memberProgram.duesPaidThrough')}
            min={1900}
            max={2200}
            allowDecimal={false}
            value={duesPaidThrough ?? ''}
            onChange={(value) => setDuesPaidThrough(typeof value === 'number' ? value : null)}
            error={byField['duesPaidThrough']}
          />
        </Group>
        <ProblemAlert problem={problem} />
        {save.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            {t('staff.memberProgram.saved')}
          </Text>
        )}
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'start' }}>
          {t('staff.memberProgram.save')}
        </Button>
      </Stack>
    </form>
  );
}
