import type { JSX } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { AnchorLink } from '../../../layout/anchor-link';
import { partnershipsQuery } from '../partner-queries';

type Summary = components['schemas']['PartnershipSummary'];

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
          <PartnershipCard key={partnership.id} partnership={partnership} />
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

function PartnershipCard({ partnership }: { partnership: Summary }) {
  const t = useT();
  const { day } = useDateFormats();
  const countryName = useCountryName();
  const awaiting = partnership.inForceVersion !== partnership.currentVersion;
  return (
    <Card withBorder component="article">
      <Title order={2} size="h4">
        <AnchorLink to="/partner/partnerships/$partnershipId" params={{ partnershipId: partnership.id }}>
          {t('partner.partnership.name', { partner: partnership.partnerCity.name, member: partnership.memberCity.name })}
        </AnchorLink>
      </Title>
      <Text size="sm" c="dimmed">
        {t('partner.partnership.countries', {
          partner: countryName(partnership.partnerCity.countryCode),
          member: countryName(partnership.memberCity.countryCode),
        })}
      </Text>
      <Group gap="xs" mt="xs">
        <StatusBadge status={partnership.status} />
        <Badge variant="outline" color="gray">
          {t(`directory.kind.${partnership.kind}` as MessageId)}
        </Badge>
        {awaiting && partnership.status !== 'terminated' && (
          <Badge color="indigo.7">
            {t('partner.partnership.awaiting', { version: partnership.currentVersion })}
          </Badge>
        )}
      </Group>
      {partnership.startDate && (
        <Text size="sm" mt="xs">
          {t('partner.partnership.since', { date: day(partnership.startDate) })}
        </Text>
      )}
    </Card>
  );
}

// Dark shades under white text: the lighter ones fail WCAG's contrast (axe's color-contrast).
const STATUS_COLOURS = { proposed: 'blue.9', active: 'teal.9', suspended: 'red.9', terminated: 'gray.7' } as const;

/** A partnership's status, in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: Summary['status'] }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLOURS[status]}>
      {t(`partner.status.${status}` as MessageId)}
    </Badge>
  );
}
