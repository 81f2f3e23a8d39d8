import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { OnPartnershipChanged } from './partnership-changed';
import { useSideName, type Side } from './side-name';

type Partnership = components['schemas']['Partnership'];

const otherSide = (side: Side): Side => (side === 'member' ? 'partner' : 'member');

/**
 * An ending one side proposed, as a party sees it: who proposed it, when, and why. The side
 * that did not propose it is asked to approve it (`POST …/termination/approval` for their
 * side, after a dialog that says the partnership then ends for both sides); the side that
 * proposed it reads that it waits for the other (the API has no way to take it back).
 */
export function PendingTermination({ partnership, ownSide, onChanged }: { partnership: Partnership; ownSide: Side; onChanged: OnPartnershipChanged }) {
  const t = useT();
  const sideName = useSideName(ownSide);
  const { moment } = useDateFormats();
  const [asking, setAsking] = useState(false);
  const approve = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/v1/partnerships/{partnershipId}/termination/approval', {
          params: { path: { partnershipId: partnership.id } },
          body: { side: ownSide },
        }),
      ),
    onSuccess: async (next) => {
      setAsking(false);
      await onChanged(next);
    },
  });
  const pending = partnership.pendingTermination;
  if (!pending || partnership.status === 'terminated') return null;
  const awaitsMe = pending.side !== ownSide;
  const proposed = t('agreements.termination.proposed', { side: sideName(pending.side), at: moment(pending.at) });
  const close = () => {
    approve.reset();
    setAsking(false);
  };

  return (
    // A region named by its title (Mantine's Alert is an `alert` otherwise, announced as if it had just happened).
    <Alert
      color={awaitsMe ? 'red' : 'blue'}
      role="region"
      title={awaitsMe ? t('agreements.termination.titleAwaitingYou') : t('agreements.termination.titleAwaitingOther', { other: sideName(otherSide(ownSide)) })}
    >
      <Stack gap="xs" align="start">
        <Text size="sm">{proposed}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {t('agreements.termination.reason', { reason: pending.reason })}
        </Text>
        {awaitsMe ? (
          <>
            <Text size="sm">{t('agreements.termination.awaitingYou')}</Text>
            <Button color="red.9" onClick={() => setAsking(true)}>
              {t('agreements.termination.approve')}
            </Button>
          </>
        ) : (
          <Text size="sm">{t('agreements.termination.awaitingOther')}</Text>
        )}
      </Stack>
      {asking && (
        <Modal opened onClose={close} title={t('agreements.termination.approve.title')} centered closeButtonProps={{ 'aria-label': t('common.cancel') }}>
          <Stack>
            <Text size="sm">{proposed}</Text>
            <Text size="sm">{t('agreements.termination.approve.warning')}</Text>
            <ProblemAlert problem={approve.isError ? asProblem(approve.error) : null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red.9" loading={approve.isPending} onClick={() => approve.mutate()}>
                {t('agreements.termination.approve.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Alert>
  );
}

/**
 * How an ended partnership ended, from its latest change (the view's `history.recent`,
 * newest first): the ending approved by a side, withdrawn before it was ever in force, or
 * ended by the network's staff; with the reason. Said generally when the latest change is
 * not the ending.
 */
export function EndedNotice({ partnership, ownSide }: { partnership: Partnership; ownSide: Side }) {
  const t = useT();
  const sideName = useSideName(ownSide);
  const { moment } = useDateFormats();
  if (partnership.status !== 'terminated') return null;
  const change = partnership.history.recent.find((candidate) => candidate.action === 'terminated');
  const details = change?.details ?? {};
  const side = details['side'] === 'member' || details['side'] === 'partner' ? details['side'] : null;
  const how = typeof details['how'] === 'string' ? details['how'] : '';
  const reason = typeof details['reason'] === 'string' ? details['reason'] : null;
  // The service records how in words of its own (`terminate(…, how)`): an approval names its side.
  const what = !change
    ? null
    : how.startsWith('approved') && side
      ? t('agreements.ended.approved', { at: moment(change.at), side: sideName(side), other: sideName(otherSide(side)) })
      : how.startsWith('withdrawn') && side
        ? t('agreements.ended.withdrawn', { at: moment(change.at), side: sideName(side) })
        : how.includes('staff')
          ? t('agreements.ended.byStaff', { at: moment(change.at) })
          : t('agreements.ended.at', { at: moment(change.at) });
  return (
    <Alert color="gray" role="status" title={t('agreements.ended.title')}>
      <Stack gap={4}>
        {what && <Text size="sm">{what}</Text>}
        {reason && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('agreements.termination.reason', { reason })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
