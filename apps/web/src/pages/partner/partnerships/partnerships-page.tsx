import type { JSX } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import { AnchorLink } from '../../../layout/anchor-link';
import { PartnershipCardList } from '../../agreements/partnership-card-list';

/** The partnerships of the contact's cities, as cards (see PartnershipCardList). */
export function PartnershipsPage(): JSX.Element {
  const t = useT();
  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('partner.partnerships.title')}</Title>
        <Text c="dimmed">{t('partner.partnerships.intro')}</Text>
      </div>
      <PartnershipCardList
        ownSide="partner"
        empty={t('partner.partnerships.empty')}
        heading={(partnership) => (
          <AnchorLink to="/partner/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
            {t('partner.partnership.name', { partner: partnership.partnerCity.name, member: partnership.memberCity.name })}
          </AnchorLink>
        )}
      />
    </Stack>
  );
}
