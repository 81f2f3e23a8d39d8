import type { JSX } from 'react';
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { partnershipQuery } from '../../agreements/agreement-queries';
import { PartnershipView } from '../../agreements/partnership-view';

const route = getRouteApi('/partner/partnerships/$partnershipId');

/** One partnership as its partner-city contact sees it, who signs for the partner side. */
export function PartnershipPage(): JSX.Element {
  const t = useT();
  const { partnershipId } = route.useParams();
  const partnership = useQuery(partnershipQuery(partnershipId));
  if (partnership.isError) return <ProblemAlert problem={asProblem(partnership.error)} />;
  if (!partnership.data) return <Text role="status">{t('common.loading')}</Text>;
  return <PartnershipView partnership={partnership.data} ownSide="partner" />;
}
