import { Badge } from '@mantine/core';
import type { components } from '../../api/api-types.generated';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';

type Summary = components['schemas']['PartnershipSummary'];

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
