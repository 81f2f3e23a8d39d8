import type { JSX } from 'react';
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiProblem, asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { AnchorLink } from '../../layout/anchor-link';
import { LateChangesForm, lateChangesOf, type LateChanges } from './late-changes-form';
import { ProgramForm } from './program-form';
import { programValues, updateBody, type ProgramBody } from './program-form-values';
import { ProgramHistory } from './program-history';
import { editScope, type ProgramStep } from './program-lifecycle';
import { PauseControls } from './pause-controls';
import { ProgramSteps, type StepBody } from './program-steps';
import { RequirementsSection } from './requirements-section';
import { managedProgramQuery, type ManagedProgram } from './staff-queries';

const route = getRouteApi('/staff/programs/$programId');

/**
 * One program as its managers see it: its window and places, the steps its status allows,
 * its fields as far as they may still change, what applying to it requires, its history.
 */
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

/** `POST /v1/manage/exchange-programs/{id}/<step>`, answered with the program as it now is. */
async function postStep(step: ProgramStep, exchangeProgramId: string, body: StepBody): Promise<ManagedProgram> {
  const params = { path: { exchangeProgramId } };
  switch (step) {
    case 'publish':
      return unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/publish', { params }));
    case 'close':
      return unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/close', { params }));
    case 'allocate':
      return unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/allocate', { params }));
    case 'start':
      return unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/start', { params }));
    case 'complete':
      return unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/complete', { params }));
    case 'cancel':
      return unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/cancel', { params, body: { reason: body?.reason ?? '' } }));
  }
}

function ManagedProgramView({ program }: { program: ManagedProgram }) {
  const t = useT();
  const { day, moment } = useDateFormats();
  const queryClient = useQueryClient();
  const [changesSaved, setChangesSaved] = useState(false);
  const initial = useMemo(() => programValues(program), [program]);
  const late = useMemo(() => lateChangesOf(program), [program]);
  const scope = editScope(program);
  const programKey = managedProgramQuery(program.id).queryKey;

  const saved = (next: ManagedProgram) => {
    queryClient.setQueryData(programKey, next);
    return queryClient.invalidateQueries({ queryKey: ['staff', 'programs', 'list'] });
  };
  /** A call that answers the program as it now is: a step, a pause, a resumption. */
  const change = async (call: () => Promise<ManagedProgram>) => {
    setChangesSaved(false);
    try {
      await saved(await call());
    } catch (error) {
      // Changed meanwhile (another manager, the scheduler, the season's matching run): the
      // page shows the program as it now is, with the steps it now allows, beside the refusal.
      if (error instanceof ApiProblem && error.status === 409) void queryClient.invalidateQueries({ queryKey: programKey });
      throw error;
    }
  };
  const run = (step: ProgramStep, body?: StepBody) => change(() => postStep(step, program.id, body));
  const params = { path: { exchangeProgramId: program.id } };
  const pause = (note: string) =>
    change(async () => unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/pause', { params, body: { note } })));
  const resume = () => change(async () => unwrap(await api.POST('/v1/manage/exchange-programs/{exchangeProgramId}/resume', { params })));
  const patch = async (body: Omit<ProgramBody, 'partnershipId'> | LateChanges) => {
    setChangesSaved(false);
    await saved(unwrap(await api.PATCH('/v1/manage/exchange-programs/{exchangeProgramId}', { params: { path: { exchangeProgramId: program.id } }, body })));
    setChangesSaved(true);
  };

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
          {program.decisionReleaseAt && <Text size="sm">{t('staffPrograms.decisionsOn', { at: moment(program.decisionReleaseAt) })}</Text>}
          {program.offerResponseDeadline && <Text size="sm">{t('staffPrograms.offersBy', { at: moment(program.offerResponseDeadline) })}</Text>}
          {program.cancelReason && <Text size="sm">{t('staffPrograms.cancelledBecause', { reason: program.cancelReason })}</Text>}
        </SimpleGrid>
      </Card>
      <ProgramSteps
        status={program.status}
        run={run}
        extra={
          program.status !== 'draft' && (
            <AnchorLink to="/staff/review" search={{ program: program.id }}>
              {t('staffPrograms.toReview')}
            </AnchorLink>
          )
        }
      />
      <PauseControls program={program} pause={pause} resume={resume} />

      <Title order={2} size="h3">
        {t(program.status === 'draft' ? 'staffPrograms.edit' : 'staffPrograms.editPublished')}
      </Title>
      {scope === 'all' && (
        <ProgramForm
          key={program.revision}
          initial={initial}
          submitLabel={t(program.status === 'draft' ? 'staffPrograms.form.save' : 'staffPrograms.form.saveChanges')}
          save={(body) => patch(updateBody(body))}
        />
      )}
      {scope === 'after-close' && (
        <>
          <Text size="sm">{t('staffPrograms.editAfterClose')}</Text>
          <LateChangesForm key={program.revision} initial={late} save={patch} />
        </>
      )}
      {scope === 'none' && <Text size="sm">{t('staffPrograms.editNone')}</Text>}
      {changesSaved && (
        <Alert color="green" role="status">
          {t('staffPrograms.changesSaved')}
        </Alert>
      )}

      <RequirementsSection program={program} />
      <ProgramHistory history={program.history} />
    </>
  );
}
