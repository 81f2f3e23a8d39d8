import type { JSX } from 'react';
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { AnchorLink } from '../../../layout/anchor-link';
import { partnershipsQuery } from '../../agreements/agreement-queries';
import { PartnershipCard } from '../../agreements/partnership-card';

/**
 * The partnerships of the contact's cities. A city has a handful, so they are cards (easy
 * to read on a phone) read a page at a time, not a table.
 */
export function PartnershipsPage(): JSX.Element {
  const t = useT();
  const partnerships = useInfiniteQuery(partnershipsQuery());
  const items = partnerships.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('partner.partnerships.title')}</Title>
        <Text c="dimmed">{t('partner.partnerships.intro')}</Text>
      </div>
      {partnerships.isError && <ProblemAlert problem={asProblem(partnerships.error)} />}
      {partnerships.isPending && <Text role="status">{t('common.loading')}</Text>}
      {partnerships.isSuccess && items.length === 0 && <Text role="status">{t('partner.partnerships.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {items.map((partnership) => (
          <PartnershipCard
            key={partnership.id}
            partnership={partnership}
            ownSide="partner"
            heading={
              <AnchorLink to="/partner/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
                {t('partner.partnership.name', { partner: partnership.partnerCity.name, member: partnership.memberCity.name })}
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
