import type { JSX } from 'react';
import { Alert, Button, Card, Checkbox, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { saveDownload } from '../../../api/save-download';
import { session } from '../../../api/session';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useT } from '../../../i18n/locale-provider';

/**
 * What the API asks an erasure to carry (`ERASURE_CONFIRMATION` in the contracts, a literal
 * in the API's types): the person confirms in the dialog, in their own language, and the
 * page sends the API's words.
 */
const ERASURE_CONFIRMATION = 'erase my data';

/** The applicant's own data: download all of it (one JSON document), or erase it and close the account. */
export function MyDataPage(): JSX.Element {
  const t = useT();
  const download = useMutation({
    mutationFn: async () => {
      const blob = unwrap(await api.GET('/v1/me/applicant-data', { parseAs: 'blob' }));
      saveDownload(blob as Blob, 'applicant-data.json');
    },
  });
  return (
    <Stack maw={820}>
      <Title order={1}>{t('myData.title')}</Title>
      <Card withBorder component="section" aria-labelledby="my-data-download">
        <Stack gap="xs">
          <Title order={2} size="h4" id="my-data-download">
            {t('myData.download.title')}
          </Title>
          <Text size="sm">{t('myData.download.body')}</Text>
          <Button variant="default" onClick={() => download.mutate()} loading={download.isPending} style={{ alignSelf: 'start' }}>
            {t('myData.download.button')}
          </Button>
          <ProblemAlert problem={download.error ? asProblem(download.error) : null} />
        </Stack>
      </Card>
      <Erasure />
    </Stack>
  );
}

function Erasure() {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const erase = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/me/applicant-data/erasure', { body: { confirm: ERASURE_CONFIRMATION } })),
    onSuccess: () => {
      setConfirming(false);
      // The API has revoked every session of the account (or dropped its applicant role): nothing cached is theirs any more.
      queryClient.removeQueries({ queryKey: ['me'] });
      session.end();
    },
  });
  const close = () => {
    setConfirming(false);
    setUnderstood(false);
  };

  if (erase.data) {
    return (
      <Alert color="teal" title={t('myData.erased.title')} role="status">
        <Text size="sm">{t('myData.erased.body', { kept: erase.data.applicationsKept, freed: erase.data.placesFreed })}</Text>
      </Alert>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="my-data-erase">
      <Stack gap="xs">
        <Title order={2} size="h4" id="my-data-erase">
          {t('myData.erase.title')}
        </Title>
        <Text size="sm">{t('myData.erase.body')}</Text>
        <Button color="red.9" onClick={() => setConfirming(true)} style={{ alignSelf: 'start' }}>
          {t('myData.erase.open')}
        </Button>
      </Stack>
      <Modal opened={confirming} onClose={close} title={t('myData.erase.confirmTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
        <Stack>
          <Text size="sm">{t('myData.erase.goes')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('myData.erase.profile')}</List.Item>
            <List.Item>{t('myData.erase.documents')}</List.Item>
            <List.Item>{t('myData.erase.referees')}</List.Item>
            <List.Item>{t('myData.erase.reviews')}</List.Item>
            <List.Item>{t('myData.erase.applications')}</List.Item>
            <List.Item>{t('myData.erase.notifications')}</List.Item>
            <List.Item>{t('myData.erase.account')}</List.Item>
          </List>
          <Text size="sm">{t('myData.erase.kept')}</Text>
          <Checkbox label={t('myData.erase.understood')} checked={understood} onChange={(event) => setUnderstood(event.currentTarget.checked)} />
          <ProblemAlert problem={erase.error ? asProblem(erase.error) : null} />
          <Group justify="end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" disabled={!understood} loading={erase.isPending} onClick={() => erase.mutate()}>
              {t('myData.erase.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
