import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem, type Problem } from '../../../api/problem';
import { useContractResolver } from '../../../forms/contract-resolver';
import { ProblemAlert } from '../../../forms/problem-alert';
import { setServerErrors } from '../../../forms/server-field-errors';
import { useDescribeViolation } from '../../../forms/validation-message';
import { useT } from '../../../i18n/locale-provider';
import { memberProgramQuery } from '../staff-queries';
import { DetailsFields } from './details-fields';
import { detailPaths, detailsOf, memberProgramDetailsSchema, type DetailsBody, type DetailsInput } from './member-program-details';

type MemberProgram = components['schemas']['MemberProgram'];

/**
 * A program's name, website and contacts changed by staff (`PATCH /v1/member-programs/{id}`),
 * sent with the revision read: a change someone made meanwhile is refused (409), and the page
 * reads the program again (`onStale`: it says nothing was saved) rather than overwrite what
 * they did not see.
 */
export function DetailsForm({ program, onDone, onStale }: { program: MemberProgram; onDone(): void; onStale(): void }) {
  const t = useT();
  const describe = useDescribeViolation();
  const queryClient = useQueryClient();
  const form = useForm<DetailsInput, unknown, DetailsBody>({ resolver: useContractResolver(memberProgramDetailsSchema), defaultValues: detailsOf(program) });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const programKey = memberProgramQuery(program.id).queryKey;

  const save = useMutation({
    mutationFn: async (body: DetailsBody) =>
      unwrap(
        await api.PATCH('/v1/member-programs/{memberProgramId}', {
          params: { path: { memberProgramId: program.id } },
          body: { revision: program.revision, name: body.name, website: body.website ?? null, contacts: body.contacts },
        }),
      ),
    onMutate: () => {
      setProblem(null);
      setUnplaced([]);
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(programKey, saved);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'member-programs', 'list'] });
      onDone();
    },
    onError: (error) => {
      const found = asProblem(error);
      if (found.status === 409) {
        onStale();
        void queryClient.invalidateQueries({ queryKey: programKey });
        return;
      }
      setProblem(found);
      setUnplaced(setServerErrors(form, found, detailPaths(form.getValues('contacts')?.length ?? 0), describe));
    },
  });

  return (
    <form onSubmit={form.handleSubmit((body) => save.mutate(body))} noValidate aria-label={t('staff.memberProgram.editDetails')}>
      <Stack>
        <DetailsFields form={form} />
        <ProblemAlert problem={problem} />
        {unplaced.length > 0 && (
          <Text size="sm" c="red">
            {unplaced.join('; ')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('staff.memberProgram.saveDetails')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
