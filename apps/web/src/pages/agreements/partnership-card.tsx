import { Badge, Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { components } from '../../api/api-types.generated';
import { useDateFormats } from '../../i18n/date-formats';
import { useCountryName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { useSideName, type Side } from './side-name';
import { StatusBadge } from './status-badge';

type Summary = components['schemas']['PartnershipSummary'];

/**
 * A partnership on a list of its parties' pages: the two cities (the heading, a link made by
 * the page, which knows its own route), status, kind, the version that awaits approval (and
 * whether it awaits the viewer's side), an ending proposed (by which side, when, and whether
 * it awaits the viewer's approval: the list's answer carries `pendingTermination`) and since
 * when it holds.
 */
export function PartnershipCard({
  partnership,
  heading,
  ownSide,
  headingOrder = 2,
}: {
  partnership: Summary;
  heading: ReactNode;
  ownSide: Side;
  /** The heading's level: 2 on a page of cards, 3 under a section's own heading. */
  headingOrder?: 2 | 3;
}) {
  const t = useT();
  const { day, moment } = useDateFormats();
  const countryName = useCountryName();
  const sideName = useSideName(ownSide);
  const awaiting = partnership.inForceVersion !== partnership.currentVersion;
  const ending = partnership.status === 'terminated' ? null : partnership.pendingTermination;
  return (
    <Card withBorder component="article">
      <Title order={headingOrder} size="h4">
        {heading}
      </Title>
      <Text size="sm" c="dimmed">
        {t('partner.partnership.countries', {
          own: countryName((ownSide === 'partner' ? partnership.partnerCity : partnership.memberCity).countryCode),
          other: countryName((ownSide === 'partner' ? partnership.memberCity : partnership.partnerCity).countryCode),
        })}
      </Text>
      <Group gap="xs" mt="xs">
        <StatusBadge status={partnership.status} />
        <Badge variant="outline" color="gray">
          {t(`directory.kind.${partnership.kind}` as MessageId)}
        </Badge>
        {partnership.awaitingApproval.includes(ownSide) ? (
          <Badge color="red.9">{t('agreements.awaitingYou', { version: partnership.currentVersion })}</Badge>
        ) : (
          awaiting &&
          partnership.status !== 'terminated' && (
            <Badge color="indigo.7">
              {t('partner.partnership.awaiting', { version: partnership.currentVersion })}
            </Badge>
          )
        )}
      </Group>
      {ending && (
        // Sentences, not a badge: they name a side and a moment, too long for a badge on a phone.
        <div>
          <Text size="sm" fw={700} mt="xs" c={ending.side === ownSide ? undefined : 'red.9'}>
            {ending.side === ownSide
              ? t('agreements.termination.titleAwaitingOther', { other: sideName(ending.side === 'member' ? 'partner' : 'member') })
              : t('agreements.termination.titleAwaitingYou')}
          </Text>
          <Text size="sm">{t('agreements.termination.proposed', { side: sideName(ending.side), at: moment(ending.at) })}</Text>
        </div>
      )}
      {partnership.startDate && (
        <Text size="sm" mt="xs">
          {t('partner.partnership.since', { date: day(partnership.startDate) })}
        </Text>
      )}
    </Card>
  );
}
