import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { partnershipQuery } from '../staff-queries';
import { ReasonDialog } from './reason-dialog';

type Partnership = components['schemas']['Partnership'];
type Dialog = 'suspend' | 'terminate' | null;

/**
 * What staff may do with a partnership in its status: suspend an active one, reactivate a
 * suspended one, terminate any that has not ended. Staff terminate at once (`immediately`,
 * for the member side), with a reason; the other parties are told by the platform.
 */
export function PartnershipActions({ partnership }: { partnership: Partnership }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const path = { partnershipId: partnership.id };

  const changed = async (next: Partnership) => {
    queryClient.setQueryData(partnershipQuery(next.id).queryKey, next);
    setDialog(null);
    // The lists and the history show the new status too.
    await queryClient.invalidateQueries({ queryKey: ['staff', 'partnerships'] });
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
      unwrap(await api.POST('/v1/partnerships/{partnershipId}/termination', { params: { path }, body: { side: 'member', reason, immediately: true } })),
    onSuccess: changed,
  });

  const status = partnership.status;
  if (status === 'terminated') return <Text c="dimmed">{t('staff.partnership.ended')}</Text>;
  return (
    <>
      <Group>
        {status === 'active' && (
          <Button variant="outline" color="#9c3a0a" onClick={() => setDialog('suspend')}>
            {t('staff.partnership.suspend')}
          </Button>
        )}
        {status === 'suspended' && (
          <Button variant="light" loading={reactivate.isPending} onClick={() => reactivate.mutate()}>
            {t('staff.partnership.reactivate')}
          </Button>
        )}
        <Button variant="outline" color="red.9" onClick={() => setDialog('terminate')}>
          {t('staff.partnership.terminate')}
        </Button>
      </Group>
      {reactivate.isError && <ProblemAlert problem={asProblem(reactivate.error)} />}
      <ReasonDialog
        opened={dialog === 'suspend'}
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
      <ReasonDialog
        opened={dialog === 'terminate'}
        title={t('staff.partnership.terminate.title')}
        warning={<Text size="sm">{t('staff.partnership.terminate.warning')}</Text>}
        confirm={t('staff.partnership.terminate')}
        pending={terminate.isPending}
        problem={terminate.isError ? asProblem(terminate.error) : null}
        onConfirm={(reason) => terminate.mutate(reason)}
        onClose={() => {
          terminate.reset();
          setDialog(null);
        }}
      />
    </>
  );
}
