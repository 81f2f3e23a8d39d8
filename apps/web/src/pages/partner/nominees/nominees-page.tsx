import type { JSX } from 'react';
import { Button, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { nominationsQuery } from '../partner-queries';
import { NomineeCard } from './nominee-card';

const STATUSES = ['pending', 'accepted', 'refused'] as const;
type StatusFilter = (typeof STATUSES)[number] | 'all';

/** Participants placed in a program their city hosts: the contact accepts or refuses each. */
export function NomineesPage(): JSX.Element {
  const t = useT();
  const [status, setStatus] = useState<StatusFilter>('pending');
  const nominations = useInfiniteQuery(nominationsQuery(status === 'all' ? undefined : status));
  const items = nominations.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack maw={960}>
      <div>
        <Title order={1}>{t('partner.nominees.title')}</Title>
        <Text c="dimmed">{t('partner.nominees.intro')}</Text>
      </div>
      <NativeSelect
        label={t('partner.nominees.show')}
        value={status}
        maw={320}
        data={[...STATUSES, 'all'].map((value) => ({ value, label: t(`partner.nominees.filter.${value}` as MessageId) }))}
        onChange={(event) => setStatus(event.currentTarget.value as StatusFilter)}
      />
      {nominations.isError && <ProblemAlert problem={asProblem(nominations.error)} />}
      {nominations.isPending && <Text role="status">{t('common.loading')}</Text>}
      {nominations.isSuccess && items.length === 0 && <Text role="status">{t('partner.nominees.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {items.map((nomination) => (
          <NomineeCard key={nomination.applicationId} nomination={nomination} />
        ))}
      </SimpleGrid>
      {nominations.hasNextPage && (
        <Button variant="default" onClick={() => void nominations.fetchNextPage()} loading={nominations.isFetchingNextPage} style={{ alignSelf: 'start' }}>
          {t('partner.more')}
        </Button>
      )}
    </Stack>
  );
}
