import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import type { OnPartnershipChanged } from './partnership-changed';
import { ReasonDialog } from './reason-dialog';
import { useSideName, type Side } from './side-name';

type Partnership = components['schemas']['Partnership'];
type Dialog = 'suspend' | 'terminate' | null;

/**
 * Who acts on the partnership: network staff (either side, and may end it at once), or one
 * of its parties for their own side — a member program's admin (`member`) or a partner
 * city's contact (`partner`).
 */
export type PartnershipActor = { staff: true } | { staff: false; side: Side };

const otherSide = (side: Side): Side => (side === 'member' ? 'partner' : 'member');

/**
 * What the actor may do with the partnership in its status, as the API allows it:
 * - suspend an active one, reactivate a suspended one: staff and the member side;
 * - end it: staff at once (`immediately`, for the member side), with a reason; a party
 *   proposes the ending for their side, with a reason, and the other side approves it
 *   (`PendingTermination`); a party withdraws a partnership never in force at once. Each
 *   is asked in a dialog that says what follows; nothing is sent before it is confirmed.
 * Nothing shows once it has ended, nor (for a party) while an ending waits for approval.
 */
export function PartnershipActions({ partnership, actor, onChanged }: { partnership: Partnership; actor: PartnershipActor; onChanged: OnPartnershipChanged }) {
  const t = useT();
  const sideName = useSideName(actor.staff ? 'member' : actor.side);
  const [dialog, setDialog] = useState<Dialog>(null);
  const path = { partnershipId: partnership.id };

  const changed = async (next: Partnership) => {
    setDialog(null);
    await onChanged(next);
  };
  const suspend = useMutation({
    mutationFn: async (reason: string) => unwrap(await api.POST('/v1/partnerships/{partnershipId}/suspension', { params: { path }, body: { reason } })),
    onSuccess: changed,
  });
  const reactivate = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/partnerships/{partnershipId}/reactivation', { params: { path } })),
    onSuccess: changed,
  });
  const terminate = useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/v1/partnerships/{partnershipId}/termination', {
          params: { path },
          body: actor.staff ? { side: 'member', reason, immediately: true } : { side: actor.side, reason },
        }),
      ),
    onSuccess: changed,
  });

  const status = partnership.status;
  if (status === 'terminated') return null;
  const maySuspend = actor.staff || actor.side === 'member';
  // A party's ending waits for the other side: while it does, there is nothing more to propose.
  const mayEnd = actor.staff || partnership.pendingTermination === null;
  if (!maySuspend && !mayEnd) return null;

  const ending = actor.staff
    ? {
        button: t('staff.partnership.terminate'),
        title: t('staff.partnership.terminate.title'),
        warning: t('staff.partnership.terminate.warning'),
        confirm: t('staff.partnership.terminate'),
      }
    : status === 'proposed'
      ? {
          button: t('agreements.withdraw'),
          title: t('agreements.withdraw.title'),
          warning: t('agreements.withdraw.warning', { other: sideName(otherSide(actor.side)) }),
          confirm: t('agreements.withdraw.confirm'),
        }
      : {
          button: t('agreements.terminate'),
          title: t('agreements.terminate.title'),
          warning: t('agreements.terminate.warning', { other: sideName(otherSide(actor.side)) }),
          confirm: t('agreements.terminate.confirm'),
        };

  return (
    <Stack gap="xs">
      <Group>
        {maySuspend && status === 'active' && (
          <Button variant="outline" color="#9c3a0a" onClick={() => setDialog('suspend')}>
            {t('staff.partnership.suspend')}
          </Button>
        )}
        {maySuspend && status === 'suspended' && (
          <Button variant="light" loading={reactivate.isPending} onClick={() => reactivate.mutate()}>
            {t('staff.partnership.reactivate')}
          </Button>
        )}
        {mayEnd && (
          <Button variant="outline" color="red.9" onClick={() => setDialog('terminate')}>
            {ending.button}
          </Button>
        )}
      </Group>
      {reactivate.isError && <ProblemAlert problem={asProblem(reactivate.error)} />}
      {/* Mounted while open only: a dialog opened again starts with an empty reason. */}
      {dialog === 'suspend' && (
        <ReasonDialog
          opened
          title={t('staff.partnership.suspend.title')}
          warning={<Text size="sm">{t('staff.partnership.suspend.warning')}</Text>}
          confirm={t('staff.partnership.suspend')}
          pending={suspend.isPending}
          problem={suspend.isError ? asProblem(suspend.error) : null}
          onConfirm={(reason) => suspend.mutate(reason)}
          onClose={() => {
            suspend.reset();
            setDialog(null);
          }}
        />
      )}
      {dialog === 'terminate' && (
        <ReasonDialog
          opened
          title={ending.title}
          warning={<Text size="sm">{ending.warning}</Text>}
          confirm={ending.confirm}
          pending={terminate.isPending}
          problem={terminate.isError ? asProblem(terminate.error) : null}
          onConfirm={(reason) => terminate.mutate(reason)}
          onClose={() => {
            terminate.reset();
            setDialog(null);
          }}
        />
      )}
    </Stack>
  );
}
