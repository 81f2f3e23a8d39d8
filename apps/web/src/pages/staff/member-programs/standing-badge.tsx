import { Badge, Stack, Text } from '@mantine/core';
import type { components } from '../../../api/api-types.generated';
import { useT } from '../../../i18n/locale-provider';
import { standingOf } from './standing';

/** Good standing or not, and why not, in words (the colour only repeats it). */
export function StandingBadge({ program }: { program: components['schemas']['MemberProgram'] }) {
  const t = useT();
  const standing = standingOf(program);
  if (standing.kind === 'good') {
    return (
      <Badge color="teal.9" variant="filled">
        {t('staff.standing.good')}
      </Badge>
    );
  }
  const why =
    standing.kind === 'not-member'
      ? t(standing.membership === 'lapsed' ? 'staff.standing.why.lapsed' : 'staff.standing.why.withdrawn')
      : standing.kind === 'no-dues'
        ? t('staff.standing.why.noDues')
        : t('staff.standing.why.duesBehind', { year: standing.paidThrough });
  return (
    <Stack gap={2} align="flex-start">
      <Badge color="#9c3a0a" variant="filled">
        {t('staff.standing.notGood')}
      </Badge>
      <Text size="xs" c="dimmed">
        {why}
      </Text>
    </Stack>
  );
}
