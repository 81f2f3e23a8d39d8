import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { declareConflictBodySchema } from '@scn/contracts/applications/review.rpc';
import { useState } from 'react';
import { ProblemAlert } from '../../forms/problem-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useT } from '../../i18n/locale-provider';

const NOTE_MAX = 1_000;

/**
 * Declaring a conflict of interest with a reading: a button, then a dialog that says what it
 * does (the reading is excluded, its scores cleared, never counted; no way back) and asks
 * why (the API requires a note). Nothing is sent before the dialog is confirmed; the API's
 * refusal shows as its title with the note's field error. Escape or Cancel closes it.
 */
export function ConflictDeclaration({ declare }: { declare(note: string): Promise<unknown> }) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const { form, problem, submit } = useApiForm(declareConflictBodySchema, { note: '' });
  const error = form.formState.errors.note;
  const close = () => {
    setOpened(false);
    form.reset();
  };
  return (
    <>
      <Group>
        <Button variant="outline" color="red.9" onClick={() => setOpened(true)}>
          {t('review.conflict.declare')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title={t('review.conflict.title')} centered closeButtonProps={{ 'aria-label': t('common.cancel') }}>
        <form
          noValidate
          onSubmit={submit(async ({ note }) => {
            await declare(note);
            setOpened(false);
          })}
        >
          <Stack>
            <Text size="sm">{t('review.conflict.warning')}</Text>
            <Textarea
              label={t('review.conflict.note')}
              required
              data-autofocus
              autosize
              minRows={2}
              maxLength={NOTE_MAX}
              {...form.register('note')}
              error={error ? (error.type === 'server' ? error.message : t('review.conflict.noteRequired')) : undefined}
            />
            <ProblemAlert problem={problem} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
                {t('review.conflict.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
