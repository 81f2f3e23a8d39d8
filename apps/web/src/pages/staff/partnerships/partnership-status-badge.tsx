import { Badge } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';

const COLORS = { proposed: 'blue', active: 'green', suspended: 'orange', terminated: 'gray' } as const;

/** A partnership's status, by word and colour (the word carries it for those who do not see the colour). */
export function PartnershipStatusBadge({ status }: { status: keyof typeof COLORS }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`staff.partnership.status.${status}` as MessageId)}
    </Badge>
  );
}
