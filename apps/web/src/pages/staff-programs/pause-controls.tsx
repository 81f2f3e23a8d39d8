import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { pauseExchangeProgramBodySchema } from '@scn/contracts/exchanges/exchange-programs.rpc';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { asProblem, fieldErrors, type Problem } from '../../api/problem';
import { useContractResolver } from '../../forms/contract-resolver';
import { useDescribeViolation } from '../../forms/validation-message';
import { useT } from '../../i18n/locale-provider';
import { stepsFor } from './program-lifecycle';
import { ProgramProblem } from './program-problem';
import type { ManagedProgram } from './staff-queries';

const NOTE = new Set(['note']);

/**
 * Pausing a running program by hand and resuming it (`POST …/pause` with a note, `…/resume`):
 * offered while the program may still be cancelled (the service's live statuses). A program
 * its suspended partnership paused is not resumed here: it resumes with the partnership,
 * which the page says instead of offering a button the API would refuse.
 */
export function PauseControls(props: {
  program: Pick<ManagedProgram, 'status' | 'paused' | 'pauseCause'>;
  pause(note: string): Promise<unknown>;
  resume(): Promise<unknown>;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<'paused' | 'resumed' | null>(null);
  const resume = useMutation({
    mutationFn: () => {
      setDone(null);
      return props.resume();
    },
    onSuccess: () => setDone('resumed'),
  });
  const { program } = props;
  // A draft is not public: nobody applies to it, so there is nothing to pause.
  if (program.status === 'draft' || !stepsFor(program.status).includes('cancel')) return null;
  const bySuspension = program.pauseCause?.code === 'partnership-suspended';
  const note = program.pauseCause?.note;

  return (
    <Stack gap="xs">
      {program.paused ? (
        // The title in the body's colour: an orange title is too faint to read (axe's contrast).
        <Alert color="orange">
          <Text size="sm" fw={700}>
            {t('staffPrograms.pause.pausedTitle')}
          </Text>
          <Text size="sm">{t(bySuspension ? 'staffPrograms.pause.bySuspension' : 'staffPrograms.pause.byManager')}</Text>
          {note && <Text size="sm">{t('staffPrograms.pause.shownNote', { note })}</Text>}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('staffPrograms.pause.hint')}
        </Text>
      )}
      <Group>
        {!program.paused && (
          <Button
            variant="default"
            onClick={() => {
              resume.reset();
              setDone(null);
              setAsking(true);
            }}
          >
            {t('staffPrograms.pause.open')}
          </Button>
        )}
        {program.paused && !bySuspension && (
          <Button variant="default" onClick={() => resume.mutate()} loading={resume.isPending}>
            {t('staffPrograms.pause.resume')}
          </Button>
        )}
      </Group>
      <ProgramProblem problem={resume.isError ? asProblem(resume.error) : null} />
      {done && (
        <Alert color="green" role="status">
          {t(done === 'paused' ? 'staffPrograms.pause.donePaused' : 'staffPrograms.pause.doneResumed')}
        </Alert>
      )}
      <PauseProgramDialog
        opened={asking}
        onClose={() => setAsking(false)}
        pause={async (text) => {
          await props.pause(text);
          setAsking(false);
          setDone('paused');
        }}
      />
    </Stack>
  );
}

/**
 * Asks for the note that says why the program pauses (those concerned are told it, as
 * written): nothing is sent before it is given and the dialog confirmed; Escape or "Keep it
 * open" closes it. The API's refusal keeps it open, with the note's field error on the field.
 */
export function PauseProgramDialog(props: { opened: boolean; onClose(): void; pause(note: string): Promise<void> }) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<{ note: string }>({ resolver: useContractResolver(pauseExchangeProgramBodySchema), defaultValues: { note: '' } });
  const [problem, setProblem] = useState<Problem | null>(null);
  const error = form.formState.errors.note;
  const close = () => {
    form.reset();
    setProblem(null);
    props.onClose();
  };
  const onSubmit = form.handleSubmit(async ({ note }) => {
    setProblem(null);
    try {
      await props.pause(note);
      form.reset();
    } catch (failure) {
      const found = asProblem(failure);
      const onNote = fieldErrors(found, describe)['note'];
      if (onNote) form.setError('note', { type: 'server', message: onNote }, { shouldFocus: true });
      setProblem(found);
    }
  });
  const blank = form.watch('note').trim() === '';
  return (
    <Modal opened={props.opened} onClose={close} title={t('staffPrograms.pause.title')} centered closeButtonProps={{ 'aria-label': t('staffPrograms.pause.keep') }}>
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          <Text size="sm">{t('staffPrograms.pause.warning')}</Text>
          <Textarea
            label={t('staffPrograms.pause.note')}
            required
            data-autofocus
            autosize
            minRows={2}
            maxLength={500}
            {...form.register('note')}
            error={error ? (error.type !== 'server' && blank ? t('staffPrograms.pause.noteRequired') : error.message) : undefined}
          />
          <ProgramProblem problem={problem} placed={NOTE} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('staffPrograms.pause.keep')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('staffPrograms.pause.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
