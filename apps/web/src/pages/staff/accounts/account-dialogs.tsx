import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { asProblem, fieldErrors } from '../../../api/problem';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';
import { GrantsEditor } from './grants-editor';
import type { Grant } from './grants';
import { useDescribeViolation } from '../../../forms/validation-message';

type Account = components['schemas']['Account'];

/** Replace an account's roles (they take effect at its next token refresh, within minutes). */
export function RolesDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const t = useT();
  const describe = useDescribeViolation();
  const queryClient = useQueryClient();
  const [grants, setGrants] = useState<Grant[]>(account.grants);
  const save = useMutation({
    mutationFn: async () => unwrap(await api.PUT('/v1/accounts/{accountId}/roles', { params: { path: { accountId: account.id } }, body: { grants } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'accounts'] });
      onClose();
    },
  });
  const problem = save.isError ? asProblem(save.error) : null;
  return (
    <Modal opened onClose={onClose} title={t('staff.accounts.rolesOf', { email: account.email })} size="lg" closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('staff.accounts.roles.hint')}
          </Text>
          <GrantsEditor value={grants} onChange={setGrants} errors={problem ? fieldErrors(problem, describe) : {}} />
          <ProblemAlert problem={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('staff.accounts.roles.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Disable an account: every session of it ends at once. Confirmed first; the last staff account cannot be disabled (the API says so). */
export function DisableDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const disable = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/accounts/{accountId}/disable', { params: { path: { accountId: account.id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'accounts'] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('staff.accounts.disable.title', { email: account.email })} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <Stack>
        <Text size="sm">{t('staff.accounts.disable.warning')}</Text>
        <ProblemAlert problem={disable.isError ? asProblem(disable.error) : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={disable.isPending} onClick={() => disable.mutate()}>
            {t('staff.accounts.disable')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
