import { Accordion, Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { components } from '../../api/api-types.generated';
import { useDateFormats } from '../../i18n/date-formats';
import { useCountryName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { ApproveVersionForm } from './approve-version-form';
import { PartnershipActions } from './partnership-actions';
import { usePartnershipChanged } from './partnership-changed';
import { PartnershipContacts } from './partnership-contacts';
import { PartnershipHistory } from './partnership-history';
import { useSideName, type Side } from './side-name';
import { StatusBadge } from './status-badge';
import { EndedNotice, PendingTermination } from './termination';
import { TermsActions } from './terms-actions';
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
 * admin): status, an ending proposed (to approve when the other side proposed it), the
 * version awaiting their signature with the approve form, what they may do for their side
 * (both: propose the ending, or withdraw a partnership never in force, amend the terms and
 * withdraw an amendment; the member side also suspends and reactivates), what changed
 * between versions, every version's terms with its approvals, both sides' contacts (their
 * own side's to edit), and the history. The title names their own city first.
 */
export function PartnershipView({ partnership, ownSide }: { partnership: Partnership; ownSide: Side }) {
  const t = useT();
  const sideName = useSideName(ownSide);
  const { day } = useDateFormats();
  const onChanged = usePartnershipChanged();
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
      <EndedNotice partnership={partnership} ownSide={ownSide} />
      <PendingTermination partnership={partnership} ownSide={ownSide} onChanged={onChanged} />
      {approved !== null && (
        <Alert color="teal" role="status">
          {t('partner.approve.done', { version: approved })}
        </Alert>
      )}
      {/* Keyed by version: newer terms get a fresh form, without the refusal of the older ones. */}
      {awaiting && <ApproveVersionForm key={`approve-${awaiting.version}`} partnershipId={partnership.id} version={awaiting} side={ownSide} onApproved={setApproved} />}
      <PartnershipActions partnership={partnership} actor={{ staff: false, side: ownSide }} onChanged={onChanged} />
      {partnership.versions.length > 1 && <TermsDiffView versions={partnership.versions} defaultFrom={compareFrom} defaultTo={partnership.currentVersion} />}
      <Title order={2} size="h3">
        {t('partner.versions.title')}
      </Title>
      {/* Either side amends the terms, or withdraws the amendment that waits (the API lets both). */}
      <TermsActions partnership={partnership} onChanged={onChanged} />
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
      <PartnershipContacts partnership={partnership} ownSide={ownSide} editable={[ownSide]} onChanged={onChanged} />
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
