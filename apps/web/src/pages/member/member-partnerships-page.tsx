import type { JSX } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { PartnershipCardList } from '../agreements/partnership-card-list';

/**
 * The partnerships of the admin's member programs: first those that wait for the member
 * side (`awaitingApprovalBy=member`: its signature on the current version, or its approval
 * of an ending the partner city proposed, which the card says), then all of them. Cards,
 * read a page at a time ("show more"), as on the partner contact's page. From here they
 * propose a partnership.
 */
export function MemberPartnershipsPage(): JSX.Element {
  const t = useT();
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
      <PartnershipList id="to-approve" title="member.partnerships.toApprove" empty="member.partnerships.noneToApprove" awaiting />
      <PartnershipList id="all" title="member.partnerships.all" empty="member.partnerships.empty" />
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
        ownSide="member"
        awaitingApprovalBy={awaiting ? 'member' : undefined}
        headingOrder={3}
        empty={t(empty)}
        heading={(partnership) => (
          <AnchorLink to="/member/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
            {t('agreements.partnership.memberName', { member: partnership.memberCity.name, partner: partnership.partnerCity.name })}
          </AnchorLink>
        )}
      />
    </Stack>
  );
}
