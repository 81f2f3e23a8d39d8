import type { JSX } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import { AnchorLink } from '../../../layout/anchor-link';
import { PartnershipCardSection, type PartnershipCardListProps } from '../../agreements/partnership-card-list';

/**
 * The partnerships of the contact's cities, as cards (see PartnershipCardList): first those
 * that wait for the partner side (`awaitingApprovalBy=partner`: a version to sign, or an
 * ending the member city proposed), then all of them.
 */
export function PartnershipsPage(): JSX.Element {
  const t = useT();
  const heading: PartnershipCardListProps['heading'] = (partnership) => (
    <AnchorLink to="/partner/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
      {t('partner.partnership.name', { partner: partnership.partnerCity.name, member: partnership.memberCity.name })}
    </AnchorLink>
  );
  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('partner.partnerships.title')}</Title>
        <Text c="dimmed">{t('partner.partnerships.intro')}</Text>
      </div>
      <PartnershipCardSection
        id="to-approve"
        title={t('partner.partnerships.toApprove')}
        empty={t('partner.partnerships.noneToApprove')}
        ownSide="partner"
        awaiting
        heading={heading}
      />
      <PartnershipCardSection
        id="all"
        title={t('partner.partnerships.all')}
        empty={t('partner.partnerships.empty')}
        ownSide="partner"
        heading={heading}
      />
    </Stack>
  );
}
