import type { JSX } from 'react';
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { partnershipsQuery } from '../agreements/agreement-queries';
import { PartnershipCard } from '../agreements/partnership-card';

/**
 * The partnerships of the admin's member programs: first those whose current version
 * waits for the member side's signature (`awaitingApprovalBy=member`), then all of them.
 * Cards, read a page at a time ("show more"), as on the partner contact's page.
 */
export function MemberPartnershipsPage(): JSX.Element {
  const t = useT();
  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('member.partnerships.title')}</Title>
        <Text c="dimmed">{t('member.partnerships.intro')}</Text>
      </div>
      <PartnershipList id="to-approve" title="member.partnerships.toApprove" empty="member.partnerships.noneToApprove" awaiting />
      <PartnershipList id="all" title="member.partnerships.all" empty="member.partnerships.empty" />
    </Stack>
  );
}

function PartnershipList({ id, title, empty, awaiting = false }: { id: string; title: MessageId; empty: MessageId; awaiting?: boolean }) {
  const t = useT();
  const partnerships = useInfiniteQuery(partnershipsQuery(awaiting ? 'member' : undefined));
  const items = partnerships.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack component="section" aria-labelledby={`${id}-title`} gap="sm">
      <Title order={2} size="h3" id={`${id}-title`}>
        {t(title)}
      </Title>
      {partnerships.isError && <ProblemAlert problem={asProblem(partnerships.error)} />}
      {partnerships.isPending && <Text role="status">{t('common.loading')}</Text>}
      {partnerships.isSuccess && items.length === 0 && <Text>{t(empty)}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {items.map((partnership) => (
          <PartnershipCard
            key={partnership.id}
            partnership={partnership}
            ownSide="member"
            headingOrder={3}
            heading={
              <AnchorLink to="/member/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
                {t('agreements.partnership.memberName', { member: partnership.memberCity.name, partner: partnership.partnerCity.name })}
              </AnchorLink>
            }
          />
        ))}
      </SimpleGrid>
      {partnerships.hasNextPage && (
        <Button variant="default" onClick={() => void partnerships.fetchNextPage()} loading={partnerships.isFetchingNextPage} style={{ alignSelf: 'start' }}>
          {t('partner.more')}
        </Button>
      )}
    </Stack>
  );
}
