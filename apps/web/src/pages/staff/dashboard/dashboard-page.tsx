import type { JSX } from 'react';
import { Title } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';

export function DashboardPage(): JSX.Element {
  const t = useT();
  return <Title order={1}>{t('staff.dashboard.title')}</Title>;
}
