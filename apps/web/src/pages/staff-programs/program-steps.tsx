import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { cancelExchangeProgramBodySchema } from '@scn/contracts/exchanges/exchange-programs.rpc';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { asProblem, fieldErrors, type Problem } from '../../api/problem';
import { useContractResolver } from '../../forms/contract-resolver';
import { useDescribeViolation } from '../../forms/validation-message';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';
import { stepsFor, type ProgramStep, type ProgramStatus } from './program-lifecycle';
import { ProgramProblem } from './program-problem';

/** What a step sends: nothing, or the reason of a cancellation. */
export type StepBody = { reason: string } | undefined;

const LABELS: Record<ProgramStep, MessageId> = {
  publish: 'staffPrograms.publish',
  close: 'staffPrograms.close',
  allocate: 'staffPrograms.step.allocate',
  start: 'staffPrograms.step.start',
  complete: 'staffPrograms.step.complete',
  cancel: 'staffPrograms.step.cancel',
};
const HINTS: Partial<Record<ProgramStep, MessageId>> = {
  close: 'staffPrograms.step.close.hint',
  allocate: 'staffPrograms.step.allocate.hint',
  start: 'staffPrograms.step.start.hint',
  complete: 'staffPrograms.step.complete.hint',
};
const REASON = new Set(['reason']);

/**
 * The steps a program may take in its status, and only those (`stepsFor`): the one forward,
 * and cancelling before completion, which a dialog confirms with the reason the API
 * requires (checked by the contract's schema before anything is sent). A refused step shows
 * the API's problem: its title, detail and field errors (a 409 names the status).
 */
export function ProgramSteps({ status, run, extra }: { status: ProgramStatus; run(step: ProgramStep, body?: StepBody): Promise<unknown>; extra?: ReactNode }) {
  const t = useT();
  const [cancelling, setCancelling] = useState(false);
  const [done, setDone] = useState(false);
  const step = useMutation({
    mutationFn: (verb: Exclude<ProgramStep, 'cancel'>) => {
      setDone(false);
      return run(verb);
    },
    onSuccess: () => setDone(true),
  });
  const steps = stepsFor(status);
  const forward = steps.find((candidate) => candidate !== 'cancel');
  const hint = forward ? HINTS[forward] : undefined;

  return (
    <Stack gap="xs">
      <Group>
        {forward && (
          <Button variant={forward === 'publish' ? 'filled' : 'default'} onClick={() => step.mutate(forward)} loading={step.isPending}>
            {t(LABELS[forward])}
          </Button>
        )}
        {steps.includes('cancel') && (
          <Button
            variant="outline"
            color="red.9"
            onClick={() => {
              step.reset();
              setDone(false);
              setCancelling(true);
            }}
          >
            {t(LABELS.cancel)}
          </Button>
        )}
        {extra}
      </Group>
      {hint && (
        <Text size="sm" c="dimmed">
          {t(hint)}
        </Text>
      )}
      {steps.length === 0 && <Text size="sm">{t(status === 'cancelled' ? 'staffPrograms.step.noneCancelled' : 'staffPrograms.step.noneCompleted')}</Text>}
      <ProgramProblem problem={step.isError ? asProblem(step.error) : null} />
      {done && (
        <Alert color="green" role="status">
          {t('staffPrograms.stepDone')}
        </Alert>
      )}
      <CancelProgramDialog
        opened={cancelling}
        announced={status !== 'draft'}
        onClose={() => setCancelling(false)}
        cancel={async (reason) => {
          await run('cancel', { reason });
          setCancelling(false);
          setDone(true);
        }}
      />
    </Stack>
  );
}

/**
 * Asks why the program is cancelled and confirms it: nothing is sent before the reason is
 * given and the dialog confirmed; Escape or "Keep the program" closes it. The API's refusal
 * keeps it open, with its problem and the reason's field error on the field.
 */
export function CancelProgramDialog(props: { opened: boolean; announced: boolean; onClose(): void; cancel(reason: string): Promise<void> }) {
  const t = useT();
  const describe = useDescribeViolation();
  const form = useForm<{ reason: string }>({ resolver: useContractResolver(cancelExchangeProgramBodySchema), defaultValues: { reason: '' } });
  const [problem, setProblem] = useState<Problem | null>(null);
  const error = form.formState.errors.reason;
  const close = () => {
    form.reset();
    setProblem(null);
    props.onClose();
  };
  const onSubmit = form.handleSubmit(async ({ reason }) => {
    setProblem(null);
    try {
      await props.cancel(reason);
      form.reset();
    } catch (failure) {
      const found = asProblem(failure);
      const onReason = fieldErrors(found, describe)['reason'];
      if (onReason) form.setError('reason', { type: 'server', message: onReason }, { shouldFocus: true });
      setProblem(found);
    }
  });
  const blank = form.watch('reason').trim() === '';
  return (
    <Modal opened={props.opened} onClose={close} title={t('staffPrograms.cancel.title')} centered closeButtonProps={{ 'aria-label': t('staffPrograms.cancel.keep') }}>
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          <Text size="sm">{t(props.announced ? 'staffPrograms.cancel.warning' : 'staffPrograms.cancel.warningDraft')}</Text>
          <Textarea
            label={t('staffPrograms.cancel.reason')}
            required
            data-autofocus
            autosize
            minRows={2}
            maxLength={500}
            {...form.register('reason')}
            error={error ? (error.type !== 'server' && blank ? t('staffPrograms.cancel.reasonRequired') : error.message) : undefined}
          />
          <ProgramProblem problem={problem} placed={REASON} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('staffPrograms.cancel.keep')}
            </Button>
            <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
              {t('staffPrograms.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
