import { Anchor, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { asProblem } from '../../../api/problem';
import { saveDownload } from '../../../api/save-download';
import { ProblemAlert } from '../../../forms/problem-alert';
import { useDateFormats } from '../../../i18n/date-formats';
import { useT } from '../../../i18n/locale-provider';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export const myDocumentsQuery = (applicationId: string) => ({
  queryKey: ['me', 'applications', applicationId, 'documents'] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    unwrap(await api.GET('/v1/me/applications/{applicationId}/documents', { params: { path: { applicationId } }, signal })),
});

/**
 * The documents the applicant uploaded for an application, each downloaded as uploaded
 * through the typed client (the bearer token: a plain link could not carry it), under the
 * name they gave it, else its requirement's key.
 */
export function MyDocuments({ applicationId }: { applicationId: string }) {
  const t = useT();
  const { moment } = useDateFormats();
  const documents = useQuery(myDocumentsQuery(applicationId));
  const download = useMutation({
    mutationFn: async (document: { requirementKey: string; name: string }) => {
      const blob = unwrap(
        await api.GET('/v1/me/applications/{applicationId}/documents/{requirementKey}', {
          params: { path: { applicationId, requirementKey: document.requirementKey } },
          parseAs: 'blob',
        }),
      );
      saveDownload(blob as Blob, document.name);
    },
  });
  if (documents.isError) return <ProblemAlert problem={asProblem(documents.error)} />;
  if (!documents.data || documents.data.items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('applications.documents')}
      </Text>
      <List size="sm" spacing={2}>
        {documents.data.items.map((document) => {
          const name = document.fileName ?? `${document.requirementKey}.${EXTENSIONS[document.contentType] ?? 'bin'}`;
          return (
            <List.Item key={document.requirementKey}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => download.mutate({ requirementKey: document.requirementKey, name })}
                aria-label={t('applications.documents.download', { name })}
                style={{ overflowWrap: 'anywhere', textAlign: 'start' }}
              >
                {name}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {t('applications.documents.uploadedAt', { at: moment(document.uploadedAt) })}
              </Text>
            </List.Item>
          );
        })}
      </List>
      <ProblemAlert problem={download.error ? asProblem(download.error) : null} />
    </Stack>
  );
}
