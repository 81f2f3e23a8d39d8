import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { amendTermsBodySchema } from '@scn/contracts/partnerships/partnerships.rpc';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { asProblem, type Problem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { setServerErrors } from '../../forms/server-field-errors';
import { useT } from '../../i18n/locale-provider';
import { useDescribeViolation } from '../../forms/validation-message';
import { useContractResolver } from '../../forms/contract-resolver';
import type { OnPartnershipChanged } from './partnership-changed';
import { TERMS_PATHS, TermsFields } from './terms-fields';

type Partnership = components['schemas']['Partnership'];
type AmendInput = z.input<typeof amendTermsBodySchema>;
type AmendBody = z.output<typeof amendTermsBodySchema>;

/**
 * New terms for a partnership: they become a new version that both sides approve, while
 * the version in force stays in force until then. Starts from the current version's terms.
 * Staff's page and the member program's admins' use it alike; each says what to refresh
 * (`onChanged`) with the partnership the API answers.
 */
export function AmendTermsForm({ partnership, onChanged, onDone }: { partnership: Partnership; onChanged: OnPartnershipChanged; onDone(): void }) {
  const t = useT();
  const describe = useDescribeViolation();
  // The current version is the one in force (nothing waits when terms are amended); a withdrawn draft may be newer.
  const current = (partnership.versions.find((version) => version.version === partnership.currentVersion) ?? partnership.versions[0])?.terms;
  const form = useForm<AmendInput, unknown, AmendBody>({
    resolver: useContractResolver(amendTermsBodySchema),
    defaultValues: {
      terms: current
        ? { ...current, text: current.text ?? '' }
        : { title: '', kind: 'sister_city', focusAreas: [], text: '' },
    },
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const amend = useMutation({
    mutationFn: async (body: AmendBody) =>
      unwrap(await api.POST('/v1/partnerships/{partnershipId}/amendments', { params: { path: { partnershipId: partnership.id } }, body })),
    onMutate: () => setProblem(null),
    onSuccess: async (next) => {
      await onChanged(next);
      onDone();
    },
    onError: (error) => {
      const found = asProblem(error);
      setProblem(found);
      setServerErrors(form, found, new Set(TERMS_PATHS), describe);
    },
  });
  return (
    <form onSubmit={form.handleSubmit((body) => amend.mutate(body))} noValidate aria-label={t('staff.partnership.amend')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('staff.partnership.amend.hint')}
        </Text>
        <TermsFields control={form.control} register={form.register} errors={form.formState.errors} />
        <ProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={amend.isPending}>
            {t('staff.partnership.amend.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
