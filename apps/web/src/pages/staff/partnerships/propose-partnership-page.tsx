import type { JSX } from 'react';
import { Button, Fieldset, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { proposePartnershipBodySchema } from '@scn/contracts/partnerships/partnerships.rpc';
import { api, unwrap } from '../../../api/client';
import { asProblem, type Problem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { setServerErrors } from '../../../forms/server-field-errors';
import { useT } from '../../../i18n/locale-provider';
import { CityPicker } from '../../applicant/city-picker';
import { MemberProgramPicker } from '../../applicant/profile/member-program-picker';
import { TERMS_PATHS, TermsFields } from './terms-fields';
import { useDescribeViolation } from '../../../forms/validation-message';
import { useContractResolver } from '../../../forms/contract-resolver';

type ProposeInput = z.input<typeof proposePartnershipBodySchema>;
type ProposeBody = z.output<typeof proposePartnershipBodySchema>;
const FORM_PATHS = new Set(['memberProgramId', 'partnerCityId', ...TERMS_PATHS]);

/**
 * Propose a partnership: a member program's city and a city abroad, picked from the
 * gazetteer, and the terms, which become version 1 for both sides to approve. The form
 * checks the same schema the API does.
 */
export function ProposePartnershipPage(): JSX.Element {
  const t = useT();
  const describe = useDescribeViolation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<ProposeInput, unknown, ProposeBody>({
    resolver: useContractResolver(proposePartnershipBodySchema),
    defaultValues: { memberProgramId: '', partnerCityId: '', terms: { title: '', kind: 'sister_city', focusAreas: [], text: '' } },
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
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'partnerships'] });
      await navigate({ to: '/staff/partnerships/$partnershipId', params: { partnershipId: created.id } });
    },
    onError: (error) => {
      const found = asProblem(error);
      setProblem(found);
      setUnplaced(setServerErrors(form, found, FORM_PATHS, describe));
    },
  });

  return (
    <Stack maw={760}>
      <Title order={1}>{t('staff.propose.title')}</Title>
      <Text c="dimmed">{t('staff.propose.intro')}</Text>
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
    </Stack>
  );
}
