import type { JSX } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/locale-provider';
import { AnchorLink } from '../../layout/anchor-link';
import { PartnershipCardSection, type PartnershipCardListProps } from '../agreements/partnership-card-list';

/**
 * The partnerships of the admin's member programs: first those that wait for the member
 * side (`awaitingApprovalBy=member`: its signature on the current version, or its approval
 * of an ending the partner city proposed, which the card says), then all of them. Cards,
 * read a page at a time ("show more"), as on the partner contact's page. From here they
 * propose a partnership.
 */
export function MemberPartnershipsPage(): JSX.Element {
  const t = useT();
  const heading: PartnershipCardListProps['heading'] = (partnership) => (
    <AnchorLink to="/member/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
      {t('agreements.partnership.memberName', { member: partnership.memberCity.name, partner: partnership.partnerCity.name })}
    </AnchorLink>
  );
  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('member.partnerships.title')}</Title>
        <Text c="dimmed">{t('member.partnerships.intro')}</Text>
      </div>
      <Group>
        <Button component={Link} to="/member/partnerships/new">
          {t('staff.partnerships.propose')}
        </Button>
      </Group>
      <PartnershipCardSection
        id="to-approve"
        title={t('member.partnerships.toApprove')}
        empty={t('member.partnerships.noneToApprove')}
        ownSide="member"
        awaiting
        heading={heading}
      />
      <PartnershipCardSection
        id="all"
        title={t('member.partnerships.all')}
        empty={t('member.partnerships.empty')}
        ownSide="member"
        heading={heading}
      />
    </Stack>
  );
}
