import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { proposePartnershipBodySchema } from '@scn/contracts/partnerships/partnerships.rpc';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { asProblem, type Problem } from '../../api/problem';
import { useContractResolver } from '../../forms/contract-resolver';
import { ProblemAlert } from '../../forms/problem-alert';
import { setServerErrors } from '../../forms/server-field-errors';
import { useDescribeViolation } from '../../forms/validation-message';
import { useT } from '../../i18n/locale-provider';
import { CityPicker } from '../applicant/city-picker';
import { MemberProgramPicker } from '../applicant/profile/member-program-picker';
import { TERMS_PATHS, TermsFields } from './terms-fields';

type Partnership = components['schemas']['Partnership'];
type ProposeInput = z.input<typeof proposePartnershipBodySchema>;
type ProposeBody = z.output<typeof proposePartnershipBodySchema>;
const FORM_PATHS = new Set(['memberProgramId', 'partnerCityId', ...TERMS_PATHS]);

/**
 * Propose a partnership: a member program's city and a city abroad, picked from the
 * gazetteer, and the terms, which become version 1 for both sides to approve. The form
 * checks the same schema the API does. Network staff pick any member program; a program
 * admin picks among theirs (the API lists them only those, and refuses another with
 * `PARTNERSHIP.MEMBER_PROGRAM_UNKNOWN`). `onProposed` gets the partnership created (the
 * page goes to it).
 */
export function ProposePartnershipForm({
  defaultMemberProgramId,
  onProposed,
}: {
  /** A program admin with one program has it chosen already. */
  defaultMemberProgramId?: string;
  onProposed(created: Partnership): Promise<void> | void;
}) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<ProposeInput, unknown, ProposeBody>({
    resolver: useContractResolver(proposePartnershipBodySchema),
    defaultValues: { memberProgramId: defaultMemberProgramId ?? '', partnerCityId: '', terms: { title: '', kind: 'sister_city', focusAreas: [], text: '' } },
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const errors = form.formState.errors;

  const propose = useMutation({
    mutationFn: async (body: ProposeBody) => unwrap(await api.POST('/v1/partnerships', { body })),
    onMutate: () => {
      setProblem(null);
      setUnplaced([]);
    },
    onSuccess: (created) => onProposed(created),
    onError: (error) => {
      const found = asProblem(error);
      setProblem(found);
      setUnplaced(setServerErrors(form, found, FORM_PATHS, describe));
    },
  });

  return (
    <form onSubmit={form.handleSubmit((body) => propose.mutate(body))} noValidate>
      <Stack>
        <Fieldset legend={t('staff.propose.cities')}>
          <Stack>
            <Controller
              control={form.control}
              name="memberProgramId"
              render={({ field }) => (
                <MemberProgramPicker
                  label={t('staff.propose.memberProgram')}
                  description=""
                  required
                  value={field.value || null}
                  error={errors.memberProgramId?.message}
                  onChange={(id) => field.onChange(id ?? '')}
                />
              )}
            />
            <Controller
              control={form.control}
              name="partnerCityId"
              render={({ field }) => (
                <CityPicker
                  label={t('staff.propose.partnerCity')}
                  required
                  value={field.value || null}
                  error={errors.partnerCityId?.message}
                  onChange={(city) => field.onChange(city?.id ?? '')}
                />
              )}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('staff.propose.terms')}>
          <TermsFields control={form.control} register={form.register} errors={errors} />
        </Fieldset>
        <ProblemAlert problem={problem} />
        {unplaced.length > 0 && (
          <Text size="sm" c="red">
            {unplaced.join('; ')}
          </Text>
        )}
        <Button type="submit" loading={propose.isPending} style={{ alignSelf: 'start' }}>
          {t('staff.propose.submit')}
        </Button>
      </Stack>
    </form>
  );
}
