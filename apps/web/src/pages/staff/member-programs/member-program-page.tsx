import type { JSX } from 'react';
import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../../layout/anchor-link';
import type { components } from '../../../api/api-types.generated';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useCountryName } from '../../../i18n/display-names';
import { useT } from '../../../i18n/locale-provider';
import { PartnershipStatusBadge } from '../partnerships/partnership-status-badge';
import { memberProgramQuery, partnershipsQuery } from '../staff-queries';
import { STAFF_PAGE_SIZE } from '../staff-search';
import { DetailsForm } from './details-form';
import { MembershipForm } from './membership-form';
import { StandingBadge } from './standing-badge';

type MemberProgram = components['schemas']['MemberProgram'];
const route = getRouteApi('/staff/member-programs/$memberProgramId');

/** One member program: its standing, membership and dues, name, website and contacts (edited), partnerships. */
export function MemberProgramPage(): JSX.Element {
  const t = useT();
  const { memberProgramId } = route.useParams();
  const program = useQuery(memberProgramQuery(memberProgramId));
  // Outside the view keyed by revision: a refused stale edit reloads the view and says so.
  const [stale, setStale] = useState(false);
  if (program.isError) return <ProblemAlert problem={asProblem(program.error)} />;
  if (!program.data) return <Text role="status">{t('common.loading')}</Text>;
  // Keyed by revision: after a save (or a refused stale one) the form starts from what the API holds.
  return <MemberProgramView key={program.data.revision} program={program.data} stale={stale} setStale={setStale} />;
}

function MemberProgramView({ program, stale, setStale }: { program: MemberProgram; stale: boolean; setStale(stale: boolean): void }) {
  const t = useT();
  const countryName = useCountryName();
  const partnerships = useQuery(partnershipsQuery({ memberProgramId: program.id, limit: STAFF_PAGE_SIZE }));
  const [editing, setEditing] = useState(false);
  return (
    <Stack maw={900}>
      <AnchorLink to="/staff/member-programs" size="sm">
        {t('staff.memberProgram.back')}
      </AnchorLink>
      <Title order={1}>{program.name}</Title>
      <Group gap="sm">
        <Text>{`${program.city.name} (${countryName(program.city.countryCode)})`}</Text>
        <StandingBadge program={program} />
      </Group>
      {program.website && (
        <Anchor href={program.website} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
          {program.website}
        </Anchor>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('staff.memberProgram.membership')}
        </Title>
        <MembershipForm program={program} />
      </Card>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('staff.memberProgram.contacts')}
        </Title>
        {!editing && (
          <Button
            variant="default"
            onClick={() => {
              setStale(false);
              setEditing(true);
            }}
          >
            {t('staff.memberProgram.editDetails')}
          </Button>
        )}
      </Group>
      {stale && (
        <Alert color="orange" role="status">
          {t('staff.memberProgram.changedMeanwhile')}
        </Alert>
      )}
      {editing ? (
        <Card withBorder>
          <DetailsForm program={program} onDone={() => setEditing(false)} onStale={() => setStale(true)} />
        </Card>
      ) : (
        <>
          {program.contacts.length === 0 && <Text c="dimmed">{t('staff.memberProgram.noContacts')}</Text>}
          {program.contacts.map((contact) => (
            <Text key={contact.email} size="sm" style={{ overflowWrap: 'anywhere' }}>
              <b>{contact.name}</b>
              {contact.role ? ` (${contact.role})` : ''} · <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
              {contact.phone ? ` · ${contact.phone}` : ''}
            </Text>
          ))}
        </>
      )}
      <Title order={2} size="h3">
        {t('staff.memberProgram.partnerships')}
      </Title>
      {partnerships.isError && <ProblemAlert problem={asProblem(partnerships.error)} />}
      {partnerships.data?.items.length === 0 && <Text c="dimmed">{t('staff.partnerships.empty')}</Text>}
      {partnerships.data && partnerships.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={480} type="native" tabIndex={0} aria-label={t('staff.memberProgram.partnerships')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('staff.partnerships.column.partnerCity')}</Table.Th>
                <Table.Th scope="col">{t('staff.partnerships.column.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partnerships.data.items.map((partnership) => (
                <Table.Tr key={partnership.id}>
                  <Table.Td>
                    <AnchorLink to="/staff/partnerships/$partnershipId" params={{ partnershipId: partnership.id }} size="sm">
                      {`${partnership.partnerCity.name} (${countryName(partnership.partnerCity.countryCode)})`}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <PartnershipStatusBadge status={partnership.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {partnerships.data?.nextCursor && (
        <AnchorLink to="/staff/partnerships" search={{ memberProgram: program.id }} size="sm">
          {t('staff.memberProgram.allPartnerships')}
        </AnchorLink>
      )}
    </Stack>
  );
}
