import type { JSX } from 'react';
import { Alert, Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { asProblem } from '../../api/problem';
import { hasRole, useSession } from '../../api/session';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useLanguageName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { FollowButton } from '../applicant/followed/follow-button';
import { cityQuery } from '../directory/directory-queries';
import { programQuery } from './program-queries';

const route = getRouteApi('/programs/$programId');

/** One exchange program as the public sees it: dates, who may apply, places and costs. */
export function ProgramPage(): JSX.Element {
  const t = useT();
  const intl = useIntl();
  const { programId } = route.useParams();
  const program = useQuery(programQuery(programId));
  const memberCity = useQuery(cityQuery(program.data?.memberCityId));
  const partnerCity = useQuery(cityQuery(program.data?.partnerCityId));
  const { day, moment } = useDateFormats();
  const languageName = useLanguageName();
  const signedIn = useSession();

  const back = (
    <Anchor component={Link} to="/programs" size="sm">
      ← {t('program.back')}
    </Anchor>
  );
  if (program.isError) return <Stack>{back}<ProblemAlert problem={asProblem(program.error)} /></Stack>;
  if (!program.data) return <Stack>{back}<Text role="status">{t('common.loading')}</Text></Stack>;
  const p = program.data;

  return (
    <Stack maw={820}>
      {back}
      <Group gap="xs">
        <Badge variant="light">{t(`category.${p.category}` as MessageId)}</Badge>
        <Badge variant="outline">{t('program.season', { season: p.season })}</Badge>
      </Group>
      <Title order={1}>{p.title}</Title>
      <Text c="dimmed">{t('program.between', { member: memberCity.data?.name ?? '…', partner: partnerCity.data?.name ?? '…' })}</Text>
      {hasRole(signedIn, 'applicant') && <FollowButton exchangeProgramId={p.id} title={p.title} />}
      {!signedIn && (
        <Text size="sm">
          <AnchorLink to="/sign-in" search={{ redirect: `/programs/${p.id}` }}>
            {t('follow.signIn')}
          </AnchorLink>
        </Text>
      )}
      {p.paused && <Alert color="orange">{t('program.paused')}</Alert>}
      <Text style={{ whiteSpace: 'pre-line' }}>{p.description}</Text>

      <Title order={2} size="h3">{t('program.dates')}</Title>
      <List>
        <List.Item>{t('programs.travel', { start: day(p.travelStart), end: day(p.travelEnd) })}</List.Item>
        <List.Item>{t('programs.applications', { opens: moment(p.applicationOpensAt), closes: moment(p.applicationClosesAt) })}</List.Item>
        <List.Item>{t(`program.direction.${p.direction}` as MessageId)}</List.Item>
      </List>

      <Title order={2} size="h3">{t('program.eligibility')}</Title>
      <List>
        <List.Item>{t('program.ages', { min: p.eligibility.minAge, max: p.eligibility.maxAge })}</List.Item>
        <List.Item>{t('program.languages', { languages: p.languages.map(languageName).join(', ') })}</List.Item>
      </List>
      {p.eligibility.requiredDocuments.length > 0 && (
        <>
          <Title order={3} size="h4">{t('program.documents')}</Title>
          <List>
            {p.eligibility.requiredDocuments.map((document) => (
              <List.Item key={document}>{document}</List.Item>
            ))}
          </List>
        </>
      )}

      <Title order={2} size="h3">{t('program.places')}</Title>
      <Text>{t('program.placesEach', { member: p.capacity.member, partner: p.capacity.partner })}</Text>

      <Title order={2} size="h3">{t('program.costs')}</Title>
      <Text>{t('program.costAmount', { amount: intl.formatNumber(p.costs.amount, { style: 'currency', currency: p.costs.currency }) })}</Text>
      {p.costs.covers && p.costs.covers.length > 0 && (
        <List>
          {p.costs.covers.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
