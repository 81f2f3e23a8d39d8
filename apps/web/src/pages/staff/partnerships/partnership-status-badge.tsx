import { Badge } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';

// Dark shades under white text, so the contrast holds (WCAG AA); Mantine's darkest orange does not, hence a darker one.
const COLORS = { proposed: 'blue.8', active: 'teal.9', suspended: '#9c3a0a', terminated: 'gray.7' } as const;

/** A partnership's status, by word and colour (the word carries it for those who do not see the colour). */
export function PartnershipStatusBadge({ status }: { status: keyof typeof COLORS }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant="filled">
      {t(`staff.partnership.status.${status}` as MessageId)}
    </Badge>
  );
}
