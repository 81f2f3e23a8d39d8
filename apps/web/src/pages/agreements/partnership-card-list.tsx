import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { components } from '../../api/api-types.generated';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import { partnershipsQuery } from './agreement-queries';
import { PartnershipCard } from './partnership-card';
import type { Side } from './side-name';

type Summary = components['schemas']['PartnershipSummary'];

export interface PartnershipCardListProps {
  /** The viewer's side: what "awaits your approval" means on each card. */
  ownSide: Side;
  /** Only those that wait for this side: its signature on the current version, or its approval of an ending. */
  awaitingApprovalBy?: Side;
  /** Each card's heading: a link to the partnership on the viewer's own route. */
  heading(partnership: Summary): ReactNode;
  /** Said when there is none. */
  empty: string;
  /** The cards' heading level: 2 on a page of cards, 3 under a section's own heading. */
  headingOrder?: 2 | 3;
}

/**
 * The partnerships the caller may see, as cards (a city or a member program has a
 * handful: easy to read on a phone), read a page at a time with "show more". Both parties'
 * pages list them so; each says how to link a card.
 */
export function PartnershipCardList({ ownSide, awaitingApprovalBy, heading, empty, headingOrder }: PartnershipCardListProps) {
  const t = useT();
  const partnerships = useInfiniteQuery(partnershipsQuery(awaitingApprovalBy));
  const items = partnerships.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      {partnerships.isError && <ProblemAlert problem={asProblem(partnerships.error)} />}
      {partnerships.isPending && <Text role="status">{t('common.loading')}</Text>}
      {partnerships.isSuccess && items.length === 0 && <Text role="status">{empty}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {items.map((partnership) => (
          <PartnershipCard key={partnership.id} partnership={partnership} ownSide={ownSide} headingOrder={headingOrder} heading={heading(partnership)} />
        ))}
      </SimpleGrid>
      {partnerships.hasNextPage && (
        <Button variant="default" onClick={() => void partnerships.fetchNextPage()} loading={partnerships.isFetchingNextPage} style={{ alignSelf: 'start' }}>
          {t('partner.more')}
        </Button>
      )}
    </>
  );
}

/**
 * A titled section of a party's partnership cards: those awaiting the viewer's side, or all
 * of them. The partner contact's and the program admin's list pages each show both.
 */
export function PartnershipCardSection({
  id,
  title,
  awaiting = false,
  ...list
}: Omit<PartnershipCardListProps, 'awaitingApprovalBy' | 'headingOrder'> & { id: string; title: string; awaiting?: boolean }) {
  return (
    <Stack component="section" aria-labelledby={`${id}-title`} gap="sm">
      <Title order={2} size="h3" id={`${id}-title`}>
        {title}
      </Title>
      <PartnershipCardList {...list} awaitingApprovalBy={awaiting ? list.ownSide : undefined} headingOrder={3} />
    </Stack>
  );
}
