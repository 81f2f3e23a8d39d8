import type { JSX } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { components } from '../../api/api-types.generated';
import { asProblem } from '../../api/problem';
import { AnchorLink } from '../../layout/anchor-link';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useCountryName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { catalogueQuery } from './program-queries';
import { ProgramsFilters } from './programs-filters';
import type { ProgramsSearch } from './programs-search';

type Program = components['schemas']['PublicExchangeProgram'];

const route = getRouteApi('/programs');

/** The public catalogue of exchange programs, filtered by category, place, language, dates and age. */
export function ProgramsPage(): JSX.Element {
  const t = useT();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const catalogue = useInfiniteQuery(catalogueQuery(search));
  const programs = catalogue.data?.pages.flatMap((page) => page.items) ?? [];
  const setFilter = (next: ProgramsSearch) => void navigate({ search: next });

  return (
    <Stack>
      <div>
        <Title order={1}>{t('programs.title')}</Title>
        <Text c="dimmed">{t('programs.intro')}</Text>
      </div>
      <ProgramsFilters search={search} onChange={setFilter} />
      {catalogue.isError && <ProblemAlert problem={asProblem(catalogue.error)} />}
      {catalogue.isPending && <Text role="status">{t('common.loading')}</Text>}
      {catalogue.isSuccess && programs.length === 0 && <Text role="status">{t('programs.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {programs.map((program) => (
          <ProgramCard key={program.id} program={program} />
        ))}
      </SimpleGrid>
      {catalogue.hasNextPage && (
        <Button variant="default" onClick={() => void catalogue.fetchNextPage()} loading={catalogue.isFetchingNextPage}>
          {t('programs.more')}
        </Button>
      )}
    </Stack>
  );
}

function ProgramCard({ program }: { program: Program }) {
  const t = useT();
  const countryName = useCountryName();
  const { day, moment } = useDateFormats();
  return (
    <Card withBorder component="article">
      <Group justify="space-between" align="start" wrap="nowrap">
        <Title order={2} size="h4">
          <AnchorLink to="/programs/$programId" params={{ programId: program.id }}>
            {program.title}
          </AnchorLink>
        </Title>
        <Badge variant="light">{t(`category.${program.category}` as MessageId)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('programs.countries', { member: countryName(program.memberCountryCode), partner: countryName(program.partnerCountryCode) })}
      </Text>
      <Text size="sm">{t('programs.travel', { start: day(program.travelStart), end: day(program.travelEnd) })}</Text>
      <Text size="sm">{t('programs.applications', { opens: moment(program.applicationOpensAt), closes: moment(program.applicationClosesAt) })}</Text>
    </Card>
  );
}
