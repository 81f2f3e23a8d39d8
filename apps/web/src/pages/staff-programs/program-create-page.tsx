import type { JSX } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import { AnchorLink } from '../../layout/anchor-link';
import { ProgramForm } from './program-form';
import { newProgramValues } from './program-form-values';
import { activePartnershipsQuery } from './staff-queries';

/** Drafts a program under an active partnership; the draft's page then offers to publish it. */
export function ProgramCreatePage(): JSX.Element {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const partnerships = useQuery(activePartnershipsQuery());
  const initial = useMemo(() => newProgramValues(), []);
  const options = partnerships.data?.items.map((partnership) => ({
    value: partnership.id,
    label: `${partnership.memberCity.name} – ${partnership.partnerCity.name}`,
  }));

  return (
    <Stack maw={820}>
      <AnchorLink to="/staff/programs" size="sm">
        {t('staffPrograms.back')}
      </AnchorLink>
      <Title order={1}>{t('staffPrograms.newTitle')}</Title>
      {partnerships.isError && <ProblemAlert problem={asProblem(partnerships.error)} />}
      {options === undefined && !partnerships.isError && <Text role="status">{t('common.loading')}</Text>}
      {options && (
        <ProgramForm
          initial={initial}
          partnerships={options}
          submitLabel={t('staffPrograms.form.create')}
          save={async (body) => {
            const created = unwrap(await api.POST('/v1/manage/exchange-programs', { body }));
            await queryClient.invalidateQueries({ queryKey: ['staff', 'programs'] });
            await navigate({ to: '/staff/programs/$programId', params: { programId: created.id } });
          }}
        />
      )}
    </Stack>
  );
}
