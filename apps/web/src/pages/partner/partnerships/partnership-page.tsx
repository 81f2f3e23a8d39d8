import type { JSX } from 'react';
import { Accordion, Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { partnershipQuery } from '../partner-queries';
import { ApproveVersionForm } from './approve-version-form';
import { PartnershipHistory } from './partnership-history';
import { StatusBadge } from './partnerships-page';
import { TermsDiffView } from './terms-diff-view';
import { TermsView } from './terms-view';

type Partnership = components['schemas']['Partnership'];
type Version = Partnership['versions'][number];

const route = getRouteApi('/partner/partnerships/$partnershipId');

/** The side a partner contact signs for. */
const OWN_SIDE = 'partner';

/**
 * One partnership as its partner-city contact sees it: status, the version awaiting their
 * signature with the approve form, what changed between versions, every version's terms
 * with its approvals, and the history.
 */
export function PartnershipPage(): JSX.Element {
  const t = useT();
  const { partnershipId } = route.useParams();
  const partnership = useQuery(partnershipQuery(partnershipId));
  if (partnership.isError) return <ProblemAlert problem={asProblem(partnership.error)} />;
  if (!partnership.data) return <Text role="status">{t('common.loading')}</Text>;
  return <PartnershipView partnership={partnership.data} />;
}

/** The current version when it still waits for this side's signature (null otherwise). */
export function versionAwaitingOwnSide(partnership: Partnership): Version | null {
  if (partnership.status === 'terminated' || partnership.status === 'suspended') return null;
  const current = partnership.versions.find((version) => version.version === partnership.currentVersion);
  if (!current || current.state !== 'draft') return null;
  return current.approvals.some((approval) => approval.side === OWN_SIDE) ? null : current;
}

export function PartnershipView({ partnership }: { partnership: Partnership }) {
  const t = useT();
  const { day, moment } = useDateFormats();
  const countryName = useCountryName();
  const awaiting = versionAwaitingOwnSide(partnership);
  const [approved, setApproved] = useState<number | null>(null);
  const compareFrom = partnership.inForceVersion !== null && partnership.inForceVersion !== partnership.currentVersion ? partnership.inForceVersion : partnership.currentVersion - 1;

  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('partner.partnership.name', { partner: partnership.partnerCity.name, member: partnership.memberCity.name })}</Title>
        <Text c="dimmed">
          {t('partner.partnership.countries', {
            partner: countryName(partnership.partnerCity.countryCode),
            member: countryName(partnership.memberCity.countryCode),
          })}
        </Text>
      </div>
      <Group gap="xs">
        <StatusBadge status={partnership.status} />
        <Badge variant="outline" color="gray">
          {t(`directory.kind.${partnership.kind}` as MessageId)}
        </Badge>
      </Group>
      <Text size="sm">
        {partnership.inForceVersion === null ? t('partner.partnership.notInForce') : t('partner.partnership.inForce', { version: partnership.inForceVersion })}
        {partnership.startDate && ` · ${t('partner.partnership.since', { date: day(partnership.startDate) })}`}
      </Text>
      {partnership.pendingTermination && (
        <Alert color="red" title={t('partner.termination.title')}>
          {t('partner.termination.body', {
            side: t(`partner.side.${partnership.pendingTermination.side}` as MessageId),
            at: moment(partnership.pendingTermination.at),
            reason: partnership.pendingTermination.reason,
          })}
        </Alert>
      )}
      {approved !== null && (
        <Alert color="teal" role="status">
          {t('partner.approve.done', { version: approved })}
        </Alert>
      )}
      {/* Keyed by version: newer terms get a fresh form, without the refusal of the older ones. */}
      {awaiting && <ApproveVersionForm key={`approve-${awaiting.version}`} partnershipId={partnership.id} version={awaiting} onApproved={setApproved} />}
      {partnership.versions.length > 1 && <TermsDiffView versions={partnership.versions} defaultFrom={compareFrom} defaultTo={partnership.currentVersion} />}
      <Title order={2} size="h3">
        {t('partner.versions.title')}
      </Title>
      {/* Keyed by the current version: when newer terms arrive, they are the ones opened. */}
      <Accordion key={`versions-${partnership.currentVersion}`} multiple defaultValue={[String(partnership.currentVersion)]} variant="separated">
        {partnership.versions.map((version) => (
          <Accordion.Item key={version.version} value={String(version.version)}>
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={600}>{t('partner.version', { version: version.version })}</Text>
                <Badge color={version.state === 'in_force' ? 'teal.9' : version.state === 'draft' ? 'indigo.7' : 'gray.7'}>
                  {t(`partner.versionState.${version.state}` as MessageId)}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <VersionDetails version={version} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <PartnershipHistory partnershipId={partnership.id} />
    </Stack>
  );
}

function VersionDetails({ version }: { version: Version }) {
  const t = useT();
  const { day, moment } = useDateFormats();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('partner.version.created', { at: moment(version.createdAt) })}
      </Text>
      <TermsView terms={version.terms} />
      <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {(['member', 'partner'] as const).map((side) => {
          const approval = version.approvals.find((candidate) => candidate.side === side);
          return (
            <Text key={side} size="sm" component="li">
              {approval
                ? t('partner.approval.signed', {
                    side: t(`partner.side.${side}` as MessageId),
                    name: approval.signatoryName,
                    office: approval.signatoryOffice,
                    date: day(approval.signedOn),
                  })
                : t('partner.approval.missing', { side: t(`partner.side.${side}` as MessageId) })}
            </Text>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('partner.version.hash', { hash: version.termsHash })}
      </Text>
    </Stack>
  );
}
