import type { JSX } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { AnchorLink } from '../../../layout/anchor-link';
import { PartnershipCardList } from '../../agreements/partnership-card-list';

/**
 * The partnerships of the contact's cities, as cards (see PartnershipCardList): first those
 * that wait for the partner side (`awaitingApprovalBy=partner`: a version to sign, or an
 * ending the member city proposed), then all of them.
 */
export function PartnershipsPage(): JSX.Element {
  const t = useT();
  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('partner.partnerships.title')}</Title>
        <Text c="dimmed">{t('partner.partnerships.intro')}</Text>
      </div>
      <PartnershipList id="to-approve" title="partner.partnerships.toApprove" empty="partner.partnerships.noneToApprove" awaiting />
      <PartnershipList id="all" title="partner.partnerships.all" empty="partner.partnerships.empty" />
    </Stack>
  );
}

function PartnershipList({ id, title, empty, awaiting = false }: { id: string; title: MessageId; empty: MessageId; awaiting?: boolean }) {
  const t = useT();
  return (
    <Stack component="section" aria-labelledby={`${id}-title`} gap="sm">
      <Title order={2} size="h3" id={`${id}-title`}>
        {t(title)}
      </Title>
      <PartnershipCardList
        ownSide="partner"
        awaitingApprovalBy={awaiting ? 'partner' : undefined}
        headingOrder={3}
        empty={t(empty)}
        heading={(partnership) => (
          <AnchorLink to="/partner/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
            {t('partner.partnership.name', { partner: partnership.partnerCity.name, member: partnership.memberCity.name })}
          </AnchorLink>
        )}
      />
    </Stack>
  );
}
