import type { JSX } from 'react';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { ProgramForm } from './program-form';
import { programValues, updateBody } from './program-form-values';
import { managedProgramQuery, type ManagedProgram } from './staff-queries';

const route = getRouteApi('/staff/programs/$programId');

/** One program as its managers see it: its window and places, the next step of its life, and its fields while a draft. */
export function ProgramManagePage(): JSX.Element {
  const t = useT();
  const { programId } = route.useParams();
  const program = useQuery(managedProgramQuery(programId));
  return (
    <Stack maw={820}>
      <AnchorLink to="/staff/programs" size="sm">
        {t('staffPrograms.back')}
      </AnchorLink>
      {program.isError && <ProblemAlert problem={asProblem(program.error)} />}
      {!program.data && !program.isError && <Text role="status">{t('common.loading')}</Text>}
      {program.data && <ManagedProgramView program={program.data} />}
    </Stack>
  );
}

function ManagedProgramView({ program }: { program: ManagedProgram }) {
  const t = useT();
  const { day, moment } = useDateFormats();
  const queryClient = useQueryClient();
  const initial = useMemo(() => programValues(program), [program]);
  const saved = (next: ManagedProgram) => {
    queryClient.setQueryData(managedProgramQuery(program.id).queryKey, next);
    return queryClient.invalidateQueries({ queryKey: ['staff', 'programs', 'list'] });
  };
  const step = useMutation({
    mutationFn: async (verb: 'publish' | 'close') =>
      unwrap(
        verb === 'publish'
          ? await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/publish', { params: { path: { exchangeProgramId: program.id } } })
          : await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/close', { params: { path: { exchangeProgramId: program.id } } }),
      ),
    onSuccess: saved,
  });

  return (
    <>
      <Group justify="space-between" align="start">
        <Title order={1}>{program.title}</Title>
        <Badge size="lg" variant="light">
          {t(`staffPrograms.status.${program.status}` as MessageId)}
        </Badge>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm">{t('program.season', { season: program.season })}</Text>
          <Text size="sm">{t('programs.travel', { start: day(program.travelStart), end: day(program.travelEnd) })}</Text>
          <Text size="sm">{t('programs.applications', { opens: moment(program.applicationOpensAt), closes: moment(program.applicationClosesAt) })}</Text>
          <Text size="sm">{t('program.placesEach', { member: program.capacity.member, partner: program.capacity.partner })}</Text>
          <Text size="sm">
            {program.windowClosedAt
              ? t('staffPrograms.windowClosed', { at: moment(program.windowClosedAt) })
              : program.windowOpenedAt
                ? t('staffPrograms.windowOpen', { at: moment(program.windowOpenedAt) })
                : t('staffPrograms.windowNotOpen')}
          </Text>
          {program.paused && <Text size="sm">{t('program.paused')}</Text>}
        </SimpleGrid>
      </Card>
      <Group>
        {program.status === 'draft' && (
          <Button onClick={() => step.mutate('publish')} loading={step.isPending && step.variables === 'publish'}>
            {t('staffPrograms.publish')}
          </Button>
        )}
        {program.status === 'published' && (
          <Button variant="default" onClick={() => step.mutate('close')} loading={step.isPending && step.variables === 'close'}>
            {t('staffPrograms.close')}
          </Button>
        )}
        {program.status !== 'draft' && (
          <AnchorLink to="/staff/review" search={{ program: program.id }}>
            {t('staffPrograms.toReview')}
          </AnchorLink>
        )}
      </Group>
      {step.isError && <ProblemAlert problem={asProblem(step.error)} />}
      {step.isSuccess && (
        <Alert color="green" role="status">
          {t('staffPrograms.stepDone')}
        </Alert>
      )}
      {program.status === 'draft' && (
        <>
          <Title order={2} size="h3">
            {t('staffPrograms.edit')}
          </Title>
          <ProgramForm
            key={program.revision}
            initial={initial}
            submitLabel={t('staffPrograms.form.save')}
            save={async (body) =>
              saved(
                unwrap(
                  await api.PATCH('/v1/manage/exchange-programs/{exchangeProgramId}', { params: { path: { exchangeProgramId: program.id } }, body: updateBody(body) }),
                ),
              )
            }
          />
        </>
      )}
    </>
  );
}
