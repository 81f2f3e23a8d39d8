import type { JSX } from 'react';
import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../../layout/anchor-link';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { PartnershipActions } from '../../agreements/partnership-actions';
import type { OnPartnershipChanged } from '../../agreements/partnership-changed';
import { PartnershipContacts } from '../../agreements/partnership-contacts';
import { TermsActions } from '../../agreements/terms-actions';
import { partnershipQuery } from '../staff-queries';
import { PartnershipHistory } from './partnership-history';
import { PartnershipStatusBadge } from './partnership-status-badge';

type Partnership = components['schemas']['Partnership'];
type Version = components['schemas']['AgreementVersion'];
const route = getRouteApi('/staff/partnerships/$partnershipId');

/** One partnership for staff: its cities, status, terms by version with their signatures, what may be done next, and its history. */
export function PartnershipPage(): JSX.Element {
  const t = useT();
  const { partnershipId } = route.useParams();
  const partnership = useQuery(partnershipQuery(partnershipId));
  if (partnership.isError) return <ProblemAlert problem={asProblem(partnership.error)} />;
  if (!partnership.data) return <Text role="status">{t('common.loading')}</Text>;
  return <PartnershipView partnership={partnership.data} />;
}

/** Staff's page shows the partnership a change answered, and reads their lists and its history again. */
function useStaffPartnershipChanged(): OnPartnershipChanged {
  const queryClient = useQueryClient();
  return async (next) => {
    queryClient.setQueryData(partnershipQuery(next.id).queryKey, next);
    await queryClient.invalidateQueries({ queryKey: ['staff', 'partnerships'] });
  };
}

function PartnershipView({ partnership }: { partnership: Partnership }) {
  const t = useT();
  const countryName = useCountryName();
  const onChanged = useStaffPartnershipChanged();
  const city = (ref: Partnership['memberCity']) => `${ref.name} (${countryName(ref.countryCode)})`;
  return (
    <Stack maw={900}>
      <AnchorLink to="/staff/partnerships" size="sm">
        {t('staff.partnership.back')}
      </AnchorLink>
      <Group gap="sm" wrap="wrap">
        <Title order={1}>{t('staff.partnership.title', { member: partnership.memberCity.name, partner: partnership.partnerCity.name })}</Title>
        <PartnershipStatusBadge status={partnership.status} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Text size="sm">
          <b>{t('staff.partnerships.column.memberCity')}:</b> {city(partnership.memberCity)}
        </Text>
        <Text size="sm">
          <b>{t('staff.partnerships.column.partnerCity')}:</b> {city(partnership.partnerCity)}
        </Text>
        {partnership.memberProgramId && (
          <AnchorLink to="/staff/member-programs/$memberProgramId" params={{ memberProgramId: partnership.memberProgramId }} size="sm">
            {t('staff.partnership.memberProgram')}
          </AnchorLink>
        )}
      </SimpleGrid>
      {partnership.pendingTermination && (
        <Text size="sm" c="red">
          {t('staff.partnership.terminationPending', { side: t(`staff.side.${partnership.pendingTermination.side}` as MessageId), reason: partnership.pendingTermination.reason })}
        </Text>
      )}
      {partnership.status === 'terminated' ? (
        <Text c="dimmed">{t('staff.partnership.ended')}</Text>
      ) : (
        <PartnershipActions partnership={partnership} actor={{ staff: true }} onChanged={onChanged} />
      )}
      <Title order={2} size="h3">
        {t('staff.partnership.terms')}
      </Title>
      <TermsActions partnership={partnership} onChanged={onChanged} />
      {partnership.versions.map((version) => (
        <VersionCard key={version.version} version={version} />
      ))}
      {/* Staff act for both sides: each side's contacts are theirs to edit. */}
      <PartnershipContacts partnership={partnership} ownSide={null} editable={['member', 'partner']} onChanged={onChanged} />
      <PartnershipHistory partnershipId={partnership.id} />
    </Stack>
  );
}

function VersionCard({ version }: { version: Version }) {
  const t = useT();
  const { moment, day } = useDateFormats();
  return (
    <Card withBorder padding="sm">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{t('staff.partnership.versionN', { version: version.version })}</Text>
        <Badge variant="filled" color={version.state === 'in_force' ? 'teal.9' : 'gray.7'}>
          {t(`staff.version.${version.state}` as MessageId)}
        </Badge>
        <Text size="xs" c="dimmed">
          {moment(version.createdAt)}
        </Text>
      </Group>
      <Text mt="xs" fw={500}>
        {version.terms.title}
      </Text>
      <Text size="sm" c="dimmed">
        {[t(`directory.kind.${version.terms.kind}` as MessageId), ...version.terms.focusAreas.map((area) => t(`category.${area}` as MessageId))].join(' · ')}
      </Text>
      {version.terms.text && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {version.terms.text}
        </Text>
      )}
      <List size="sm" mt="xs">
        {version.approvals.map((approval) => (
          <List.Item key={approval.side}>
            {t('staff.partnership.signed', {
              side: t(`staff.side.${approval.side}` as MessageId),
              name: approval.signatoryName,
              office: approval.signatoryOffice,
              date: day(approval.signedOn),
            })}
          </List.Item>
        ))}
        {version.approvals.length === 0 && <List.Item>{t('staff.partnership.unsigned')}</List.Item>}
      </List>
    </Card>
  );
}
