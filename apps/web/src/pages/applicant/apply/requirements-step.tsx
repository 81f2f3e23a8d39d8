import { Badge, Button, Card, FileInput, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem, type Problem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { checklistQuery, requirementsQuery } from '../applicant-queries';
import { Questionnaire } from './questionnaire';
import { uploadDocument } from './upload-document';

type ChecklistChoice = components['schemas']['ApplicationChecklist']['choices'][number];

/** Step 2: per chosen program, its documents, questionnaire and referees, as the checklist tells. */
export function RequirementsStep({ applicationId }: { applicationId: string }) {
  const t = useT();
  const checklist = useQuery(checklistQuery(applicationId));
  if (checklist.isError) return <ProblemAlert problem={asProblem(checklist.error)} />;
  if (!checklist.data) return <Text role="status">{t('common.loading')}</Text>;
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('apply.requirements.title')}
      </Title>
      {checklist.data.choices.map((choice) => (
        <ChoiceRequirements key={choice.exchangeProgramId} applicationId={applicationId} choice={choice} />
      ))}
    </Stack>
  );
}

function ChoiceRequirements({ applicationId, choice }: { applicationId: string; choice: ChecklistChoice }) {
  const t = useT();
  const requirements = useQuery(requirementsQuery(choice.exchangeProgramId));
  const nothing = choice.documents.length === 0 && choice.questions.total === 0 && choice.referees.required === 0;
  return (
    <Card withBorder component="section" aria-labelledby={`req-${choice.exchangeProgramId}`}>
      <Title order={3} size="h4" id={`req-${choice.exchangeProgramId}`}>
        {choice.rank}. {choice.title}
      </Title>
      <Stack gap="sm" mt="xs">
        {nothing && <Text size="sm">{t('apply.requirements.nothing')}</Text>}
        {choice.documents.map((document) => (
          <DocumentUpload key={document.key} applicationId={applicationId} requirementKey={document.key} label={document.label} uploaded={document.uploaded} />
        ))}
        {requirements.data && requirements.data.questions.length > 0 && (
          <Questionnaire applicationId={applicationId} exchangeProgramId={choice.exchangeProgramId} questions={requirements.data.questions} />
        )}
        {choice.referees.required > 0 && <Referees applicationId={applicationId} exchangeProgramId={choice.exchangeProgramId} required={choice.referees.required} />}
      </Stack>
    </Card>
  );
}

function DocumentUpload(props: { applicationId: string; requirementKey: string; label: string; uploaded: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const upload = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    setProgress(0);
    try {
      await uploadDocument(props.applicationId, props.requirementKey, file, setProgress);
      await queryClient.invalidateQueries({ queryKey: checklistQuery(props.applicationId).queryKey });
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <FileInput
          label={props.label}
          accept="application/pdf,image/jpeg,image/png"
          placeholder={t('apply.document.choose')}
          onChange={(file) => void upload(file)}
          disabled={progress !== null}
          style={{ flex: '1 1 220px' }}
        />
        {/* teal.9 and gray.7 keep white text above 4.5:1 (green.9 does not). */}
        <Badge color={props.uploaded ? 'teal.9' : 'gray.7'} variant="filled" mt="lg">
          {props.uploaded ? t('apply.document.uploaded') : t('apply.document.missing')}
        </Badge>
      </Group>
      {progress !== null && <Progress value={progress * 100} aria-label={t('apply.document.progress', { label: props.label })} animated />}
      <ProblemAlert problem={problem} />
    </Stack>
  );
}

function Referees(props: { applicationId: string; exchangeProgramId: string; required: number }) {
  const t = useT();
  const queryClient = useQueryClient();
  const path = { applicationId: props.applicationId, exchangeProgramId: props.exchangeProgramId };
  const named = useQuery({
    queryKey: ['me', 'applications', props.applicationId, 'referees', props.exchangeProgramId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/me/applications/{applicationId}/referees/{exchangeProgramId}', { params: { path }, signal })),
  });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const current = named.data?.referees.map((referee) => ({ name: referee.name, email: referee.email })) ?? [];
  const put = async (referees: Array<{ name: string; email: string }>) => {
    setProblem(null);
    try {
      unwrap(await api.PUT('/v1/me/applications/{applicationId}/referees/{exchangeProgramId}', { params: { path }, body: { referees } }));
      setName('');
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: ['me', 'applications', props.applicationId] });
    } catch (error) {
      setProblem(asProblem(error));
    }
  };
  return (
    <Stack gap="xs">
      <Text fw={500}>{t('apply.referees.title', { required: props.required })}</Text>
      {named.data?.referees.map((referee) => (
        <Group key={referee.id} gap="xs" justify="space-between">
          <Text size="sm">
            {referee.name} ({referee.email}) — {referee.status === 'received' ? t('apply.referees.received') : t('apply.referees.requested')}
          </Text>
          <Button size="xs" variant="subtle" color="red" onClick={() => void put(current.filter((entry) => entry.email !== referee.email))}>
            {t('apply.referees.remove', { name: referee.name })}
          </Button>
        </Group>
      ))}
      <Group gap="xs" align="end">
        <TextInput label={t('apply.referees.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} style={{ flex: '1 1 160px' }} />
        <TextInput label={t('apply.referees.email')} type="email" value={email} onChange={(event) => setEmail(event.currentTarget.value)} style={{ flex: '1 1 200px' }} />
        <Button variant="light" disabled={!name.trim() || !email.trim()} onClick={() => void put([...current, { name: name.trim(), email: email.trim() }])}>
          {t('apply.referees.add')}
        </Button>
      </Group>
      <ProblemAlert problem={problem} />
    </Stack>
  );
}
