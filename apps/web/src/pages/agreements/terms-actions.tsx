import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { asProblem } from '../../api/problem';
import { ProblemAlert } from '../../forms/problem-alert';
import { useT } from '../../i18n/locale-provider';
import { AmendTermsForm } from './amend-terms-form';
import type { OnPartnershipChanged } from './partnership-changed';

type Partnership = components['schemas']['Partnership'];

/** The amendment waiting for both signatures (a draft newer than the version in force), if any. */
export function pendingAmendment(partnership: Partnership): number | null {
  if (partnership.status !== 'active' && partnership.status !== 'suspended') return null;
  if (partnership.inForceVersion === null || partnership.currentVersion === partnership.inForceVersion) return null;
  return partnership.currentVersion;
}

/**
 * Changing the terms of a partnership in force, as the API allows either side and staff:
 * amend them (a new version both sides sign; the version in force stays until then) while
 * it is active and nothing waits, or withdraw the amendment that waits (asked first: the
 * signatures it has are dropped with it). Staff's page and both parties' pages use it.
 */
export function TermsActions({ partnership, onChanged }: { partnership: Partnership; onChanged: OnPartnershipChanged }) {
  const t = useT();
  const [amending, setAmending] = useState(false);
  const [reverting, setReverting] = useState(false);
  const revert = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/v1/partnerships/{partnershipId}/amendments/revert', { params: { path: { partnershipId: partnership.id } } })),
    onSuccess: async (next) => {
      setReverting(false);
      await onChanged(next);
    },
  });
  const pending = pendingAmendment(partnership);
  const mayAmend = partnership.status === 'active' && pending === null;
  if (!mayAmend && pending === null) return null;
  const close = () => {
    revert.reset();
    setReverting(false);
  };

  return (
    <Stack gap="sm">
      {!amending && (
        <Group>
          {mayAmend && (
            <Button variant="light" onClick={() => setAmending(true)}>
              {t('staff.partnership.amend')}
            </Button>
          )}
          {pending !== null && (
            <Button variant="outline" color="red.9" onClick={() => setReverting(true)}>
              {t('agreements.revert', { version: pending })}
            </Button>
          )}
        </Group>
      )}
      {amending && mayAmend && <AmendTermsForm partnership={partnership} onChanged={onChanged} onDone={() => setAmending(false)} />}
      {reverting && pending !== null && (
        <Modal opened onClose={close} title={t('agreements.revert.title', { version: pending })} centered closeButtonProps={{ 'aria-label': t('common.cancel') }}>
          <Stack>
            <Text size="sm">{t('agreements.revert.warning', { version: pending, inForce: partnership.inForceVersion ?? 0 })}</Text>
            <ProblemAlert problem={revert.isError ? asProblem(revert.error) : null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red.9" loading={revert.isPending} onClick={() => revert.mutate()}>
                {t('agreements.revert.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
