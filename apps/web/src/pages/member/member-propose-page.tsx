import type { JSX } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useSession } from '../../api/session';
import { useT } from '../../i18n/locale-provider';
import { AnchorLink } from '../../layout/anchor-link';
import { ProposePartnershipForm } from '../agreements/propose-partnership-form';

/**
 * A program admin proposes a partnership for one of their member programs: staff's form
 * (`pages/agreements/`), its program picker listing only the programs they administer (the
 * API's scope), the one chosen already when they administer one. Then the partnership's page,
 * where the member side signs version 1 like any other.
 */
export function MemberProposePage(): JSX.Element {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const programs = (session?.tokens.caller.grants ?? []).filter((grant) => grant.role === 'program-admin').flatMap((grant) => grant.scopeIds);
  return (
    <Stack maw={760}>
      <AnchorLink to="/member/partnerships" size="sm">
        {t('member.partnerships.back')}
      </AnchorLink>
      <Title order={1}>{t('staff.propose.title')}</Title>
      <Text c="dimmed">{t('staff.propose.intro')}</Text>
      <ProposePartnershipForm
        defaultMemberProgramId={programs.length === 1 ? programs[0] : undefined}
        onProposed={async (created) => {
          await queryClient.invalidateQueries({ queryKey: ['agreements'] });
          await navigate({ to: '/member/partnerships/$partnershipId', params: { partnershipId: created.id } });
        }}
      />
    </Stack>
  );
}
