import { Accordion, Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { components } from '../../api/api-types.generated';
import { useDateFormats } from '../../i18n/date-formats';
import { useCountryName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { ApproveVersionForm } from './approve-version-form';
import { PartnershipHistory } from './partnership-history';
import { useSideName, type Side } from './side-name';
import { StatusBadge } from './status-badge';
import { TermsDiffView } from './terms-diff-view';
import { TermsView } from './terms-view';

type Partnership = components['schemas']['Partnership'];
type Version = Partnership['versions'][number];

/** The current version when it still waits for this side's signature (null otherwise). */
export function versionAwaitingSide(partnership: Partnership, side: Side): Version | null {
  if (partnership.status === 'terminated' || partnership.status === 'suspended') return null;
  const current = partnership.versions.find((version) => version.version === partnership.currentVersion);
  if (!current || current.state !== 'draft') return null;
  return current.approvals.some((approval) => approval.side === side) ? null : current;
}

/**
 * One partnership as one of its sides sees it (a partner city's contact, a member program's
 * admin): status, the version awaiting their signature with the approve form, what changed
 * between versions, every version's terms with its approvals, and the history. The title
 * names their own city first.
 */
export function PartnershipView({ partnership, ownSide }: { partnership: Partnership; ownSide: Side }) {
  const t = useT();
  const sideName = useSideName(ownSide);
  const { day, moment } = useDateFormats();
  const countryName = useCountryName();
  const awaiting = versionAwaitingSide(partnership, ownSide);
  const names = { partner: partnership.partnerCity.name, member: partnership.memberCity.name };
  const [approved, setApproved] = useState<number | null>(null);
  const compareFrom = partnership.inForceVersion !== null && partnership.inForceVersion !== partnership.currentVersion ? partnership.inForceVersion : partnership.currentVersion - 1;

  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{ownSide === 'partner' ? t('partner.partnership.name', names) : t('agreements.partnership.memberName', names)}</Title>
        <Text c="dimmed">
          {t('partner.partnership.countries', {
            own: countryName((ownSide === 'partner' ? partnership.partnerCity : partnership.memberCity).countryCode),
            other: countryName((ownSide === 'partner' ? partnership.memberCity : partnership.partnerCity).countryCode),
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
            side: sideName(partnership.pendingTermination.side),
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
      {awaiting && <ApproveVersionForm key={`approve-${awaiting.version}`} partnershipId={partnership.id} version={awaiting} side={ownSide} onApproved={setApproved} />}
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
              <VersionDetails version={version} sideName={sideName} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <PartnershipHistory partnershipId={partnership.id} ownSide={ownSide} />
    </Stack>
  );
}

function VersionDetails({ version, sideName }: { version: Version; sideName: (side: Side) => string }) {
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
                    side: sideName(side),
                    name: approval.signatoryName,
                    office: approval.signatoryOffice,
                    date: day(approval.signedOn),
                  })
                : t('partner.approval.missing', { side: sideName(side) })}
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
