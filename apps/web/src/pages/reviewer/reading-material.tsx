import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { asProblem } from '../../api/problem';
import { saveDownload } from '../../api/save-download';
import { unwrap } from '../../api/client';
import { ProblemAlert } from '../../forms/problem-alert';
import { useDateFormats } from '../../i18n/date-formats';
import { useT } from '../../i18n/locale-provider';
import type { ReadingDetail } from './reviewer-queries';

type Material = NonNullable<ReadingDetail['material']>;
const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * What the reader assesses: answers, documents, letters. In a blind reading the API names
 * neither files nor referees; the page then names a file by its requirement, never by
 * anything the API did not send.
 */
export function ReadingMaterial({ applicationId, exchangeProgramId, material }: { applicationId: string; exchangeProgramId: string; material: Material }) {
  const t = useT();
  const { moment } = useDateFormats();
  const path = { applicationId, exchangeProgramId };
  const download = useMutation({
    mutationFn: async (file: { kind: 'document'; key: string; name: string } | { kind: 'letter'; id: string; name: string }) => {
      const blob =
        file.kind === 'document'
          ? unwrap(await api.GET('/v1/review/assignments/{applicationId}/{exchangeProgramId}/documents/{requirementKey}', { params: { path: { ...path, requirementKey: file.key } }, parseAs: 'blob' }))
          : unwrap(await api.GET('/v1/review/assignments/{applicationId}/{exchangeProgramId}/letters/{recommendationId}', { params: { path: { ...path, recommendationId: file.id } }, parseAs: 'blob' }));
      saveDownload(blob as Blob, file.name);
    },
  });

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('review.material')}
        </Title>
        <Title order={3} size="h5">
          {t('review.answers')}
        </Title>
        {material.answers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('review.none')}
          </Text>
        ) : (
          <Stack gap={4} component="dl">
            {material.answers.map((answer) => (
              <div key={answer.key}>
                <Text component="dt" size="sm" fw={500}>
                  {answer.label ?? answer.key}
                </Text>
                <Text component="dd" size="sm" ms={0} style={{ whiteSpace: 'pre-wrap' }}>
                  {answer.answer === null ? '—' : String(answer.answer)}
                </Text>
              </div>
            ))}
          </Stack>
        )}
        <Title order={3} size="h5">
          {t('review.documents')}
        </Title>
        {material.documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('review.none')}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {material.documents.map((document) => {
              const name = document.fileName ?? `${document.requirementKey}.${EXTENSIONS[document.contentType] ?? 'bin'}`;
              return (
                <List.Item key={document.requirementKey}>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => download.mutate({ kind: 'document', key: document.requirementKey, name })}
                    aria-label={t('review.download', { name: document.label })}
                  >
                    {document.label}
                  </Button>{' '}
                  <Text span size="xs" c="dimmed">
                    {document.fileName ?? ''} {t('review.uploadedAt', { at: moment(document.uploadedAt) })}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        )}
        <Title order={3} size="h5">
          {t('review.letters')}
        </Title>
        {material.letters.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('review.none')}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {material.letters.map((letter, index) => {
              const label = letter.refereeName ?? t('review.letterNumber', { number: index + 1 });
              return (
                <List.Item key={letter.recommendationId}>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => download.mutate({ kind: 'letter', id: letter.recommendationId, name: `letter-${index + 1}.pdf` })}
                    aria-label={t('review.download', { name: label })}
                  >
                    {label}
                  </Button>{' '}
                  <Text span size="xs" c="dimmed">
                    {t('review.receivedAt', { at: moment(letter.receivedAt) })}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        )}
        {download.isError && <ProblemAlert problem={asProblem(download.error)} />}
      </Stack>
    </Card>
  );
}
