import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Problem } from '../../api/problem';
import { fieldErrors } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import { useDescribeViolation } from '../../forms/validation-message';

/**
 * Asks for the reason of a change that cannot be undone lightly (suspending, ending or
 * withdrawing a partnership: staff's and the parties' pages) and confirms it in a dialog:
 * focus stays inside until it is confirmed or cancelled (Escape).
 */
export function ReasonDialog(props: {
  opened: boolean;
  title: string;
  warning: ReactNode;
  confirm: string;
  pending: boolean;
  problem: Problem | null;
  onConfirm(reason: string): void;
  onClose(): void;
}) {
  const t = useT();
  const describe = useDescribeViolation();
  const [reason, setReason] = useState('');
  const serverError = props.problem ? fieldErrors(props.problem, describe)['reason'] : undefined;
  const [tried, setTried] = useState(false);
  const missing = tried && reason.trim() === '';
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (reason.trim() !== '') props.onConfirm(reason.trim());
        }}
        noValidate
      >
        <Stack>
          {props.warning}
          <Textarea
            label={t('staff.reason')}
            required
            data-autofocus
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={missing ? t('staff.reason.required') : serverError}
          />
          <ProblemAlert problem={props.problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={props.pending}>
              {props.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
