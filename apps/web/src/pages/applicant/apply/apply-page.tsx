import type { JSX } from 'react';
import { Alert, Anchor, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem, type Problem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDescribeViolation } from '../../../forms/validation-message';
import { useT } from '../../../i18n/locale-provider';
import { myApplicationsQuery, profileQuery } from '../applicant-queries';
import { APPLY_STEPS, reachableSteps, settleStep, type ApplyStep } from './apply-steps';
import { ChooseStep } from './choose-step';
import { problemsByProgram, type Choice } from './ranked-choices';
import { RequirementsStep } from './requirements-step';
import { outcomeMayDiffer, submittedMeanwhile } from './submission-outcome';
import { SubmitStep } from './submit-step';

type Application = components['schemas']['Application'];

/** Apply: choose and rank programs, meet their requirements, submit. A draft is resumed where it was left. */
export function ApplyPage(): JSX.Element {
  const t = useT();
  const profile = useQuery(profileQuery());
  const applications = useQuery(myApplicationsQuery());
  // Kept here, above the flow: once the list is read again the draft is gone, and the flow
  // (keyed by it) starts afresh; the confirmation must outlive it.
  const [submitted, setSubmitted] = useState<Application | null>(null);
  if (submitted) return <SubmittedNotice application={submitted} />;
  if (profile.isError || applications.isError) return <ProblemAlert problem={asProblem(profile.error ?? applications.error)} />;
  if (profile.data === undefined || !applications.data) return <Text role="status">{t('common.loading')}</Text>;
  if (profile.data === null) {
    return (
      <Stack>
        <Title order={1}>{t('apply.title')}</Title>
        <Alert color="blue">
          {t('apply.needProfile')}{' '}
          <Anchor component={Link} to="/me/profile">
            {t('nav.profile')}
          </Anchor>
        </Alert>
      </Stack>
    );
  }
  const draft = applications.data.items.find((application) => application.status === 'draft') ?? null;
  // One application per season: a season applied to (and not withdrawn) is not offered again.
  const takenSeasons = new Set(applications.data.items.filter((a) => a.status !== 'draft' && a.status !== 'withdrawn').map((a) => a.season));
  return <ApplyFlow key={draft?.id ?? 'new'} draft={draft} takenSeasons={takenSeasons} onSubmitted={setSubmitted} />;
}

/** The application is submitted: where to follow it. */
function SubmittedNotice({ application }: { application: Application }) {
  const t = useT();
  return (
    <Stack maw={760}>
      <Title order={1}>{t('apply.title')}</Title>
      <Alert color="green" role="status" title={t('apply.submitted.title')}>
        {t('apply.submitted.body', { season: application.season })}{' '}
        <Anchor component={Link} to="/me/applications">
          {t('nav.applications')}
        </Anchor>
      </Alert>
    </Stack>
  );
}

interface ApplyFlowProps {
  draft: Application | null;
  takenSeasons: ReadonlySet<number>;
  onSubmitted: (application: Application) => void;
}

function ApplyFlow({ draft, takenSeasons, onSubmitted }: ApplyFlowProps) {
  const t = useT();
  const describe = useDescribeViolation();
  const queryClient = useQueryClient();
  const [application, setApplication] = useState<Application | null>(draft);
  const savedChoices: Choice[] = (application?.choices ?? []).map((choice) => ({ exchangeProgramId: choice.exchangeProgramId, title: choice.title, season: application?.season ?? 0 }));
  const [choices, setChoices] = useState<Choice[]>(savedChoices);
  const [step, setStep] = useState<ApplyStep>(draft && draft.choices.length > 0 ? 'requirements' : 'choices');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [choiceProblems, setChoiceProblems] = useState<{ byProgram: Map<string, string[]>; general: string[] }>({ byProgram: new Map(), general: [] });
  const [busy, setBusy] = useState(false);

  const rankingChanged = choices.map((c) => c.exchangeProgramId).join() !== savedChoices.map((c) => c.exchangeProgramId).join();
  const progress = { draftId: application?.id ?? null, savedChoices: savedChoices.length, rankingChanged };
  const reachable = reachableSteps(progress);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      const found = asProblem(error);
      setProblem(found);
      setChoiceProblems(problemsByProgram((found.errors ?? []).map((violation) => ({ ...violation, message: describe(violation) })), (application?.choices ?? []).map((c) => c.exchangeProgramId)));
    } finally {
      setBusy(false);
    }
  };

  /** Creates the draft with this ranking, or saves the new ranking of the draft. */
  const saveChoices = () =>
    act(async () => {
      const body = choices.map((choice) => ({ exchangeProgramId: choice.exchangeProgramId }));
      const saved = application
        ? unwrap(await api.PUT('/v1/me/applications/{applicationId}/choices', { params: { path: { applicationId: application.id } }, body: { choices: body } }))
        : unwrap(await api.POST('/v1/me/applications', { body: { season: choices[0]?.season ?? 0, choices: body } }));
      setApplication(saved);
      setChoiceProblems({ byProgram: new Map(), general: [] });
      await queryClient.invalidateQueries({ queryKey: ['me', 'applications'] });
      setStep(settleStep('requirements', { draftId: saved.id, savedChoices: saved.choices.length, rankingChanged: false }));
    });

  const submit = () =>
    act(async () => {
      if (!application) return;
      setChoiceProblems({ byProgram: new Map(), general: [] });
      let done: Application;
      try {
        done = unwrap(await api.POST('/v1/me/applications/{applicationId}/submission', { params: { path: { applicationId: application.id } } }));
      } catch (error) {
        // The answer may be lost while the submission went through: then it is shown as done.
        const meanwhile = outcomeMayDiffer(error) ? await submittedMeanwhile(application.id) : null;
        if (!meanwhile) throw error;
        done = meanwhile;
      }
      onSubmitted(done);
      await queryClient.invalidateQueries({ queryKey: ['me', 'applications'] });
    });

  return (
    <Stack maw={760}>
      <Title order={1}>{t('apply.title')}</Title>
      <Stepper
        active={APPLY_STEPS.indexOf(step)}
        onStepClick={(index) => setStep(settleStep(APPLY_STEPS[index] ?? 'choices', progress))}
        size="sm"
        // At 360 px the three steps wrap onto two lines rather than push the page sideways.
        wrap
      >
        {APPLY_STEPS.map((name) => (
          <Stepper.Step key={name} label={t(`apply.step.${name}`)} allowStepSelect={reachable.has(name)} />
        ))}
      </Stepper>
      {step === 'choices' && (
        <>
          <ChooseStep choices={choices} onChange={setChoices} locked={busy} problems={choiceProblems.byProgram} takenSeasons={takenSeasons} />
          <ProblemAlert problem={problem} />
          <Group>
            <Button onClick={() => void saveChoices()} loading={busy} disabled={choices.length === 0}>
              {rankingChanged || !application ? t('apply.choose.save') : t('apply.next')}
            </Button>
          </Group>
        </>
      )}
      {step === 'requirements' && application && (
        <>
          <RequirementsStep applicationId={application.id} />
          <Group>
            <Button variant="default" onClick={() => setStep('choices')}>
              {t('apply.back')}
            </Button>
            <Button onClick={() => setStep('submit')}>{t('apply.next')}</Button>
          </Group>
        </>
      )}
      {step === 'submit' && application && (
        <SubmitStep
          applicationId={application.id}
          busy={busy}
          problem={problem}
          submittedOrder={savedChoices.map((c) => c.exchangeProgramId)}
          choices={choices}
          onBack={() => setStep('requirements')}
          onSubmit={() => void submit()}
        />
      )}
    </Stack>
  );
}
