import type { JSX } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../../i18n/locale-provider';
import { ProposePartnershipForm } from '../../agreements/propose-partnership-form';

/**
 * Staff propose a partnership for any member program (the form is the program admins' too,
 * `pages/agreements/`), then see it on their partnership page.
 */
export function ProposePartnershipPage(): JSX.Element {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <Stack maw={760}>
      <Title order={1}>{t('staff.propose.title')}</Title>
      <Text c="dimmed">{t('staff.propose.intro')}</Text>
      <ProposePartnershipForm
        onProposed={async (created) => {
          await queryClient.invalidateQueries({ queryKey: ['staff', 'partnerships'] });
          await navigate({ to: '/staff/partnerships/$partnershipId', params: { partnershipId: created.id } });
        }}
      />
    </Stack>
  );
}
