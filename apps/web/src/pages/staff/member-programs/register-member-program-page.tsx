import type { JSX } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../../i18n/locale-provider';
import { AnchorLink } from '../../../layout/anchor-link';
import { RegisterMemberProgramForm } from './register-member-program-form';

/** Staff register a member program of the network, then see it on its page. */
export function RegisterMemberProgramPage(): JSX.Element {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <Stack maw={760}>
      <AnchorLink to="/staff/member-programs" size="sm">
        {t('staff.memberProgram.back')}
      </AnchorLink>
      <Title order={1}>{t('staff.registerProgram.title')}</Title>
      <Text c="dimmed">{t('staff.registerProgram.intro')}</Text>
      <RegisterMemberProgramForm
        onRegistered={async (created) => {
          await queryClient.invalidateQueries({ queryKey: ['staff', 'member-programs'] });
          await navigate({ to: '/staff/member-programs/$memberProgramId', params: { memberProgramId: created.id } });
        }}
      />
    </Stack>
  );
}
