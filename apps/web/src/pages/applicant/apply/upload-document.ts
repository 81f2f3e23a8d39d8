import { sendWithProgress } from '../../../api/send-with-progress';

/**
 * PUT of the raw file (the API detects its type from the content, so it is declared as
 * application/octet-stream), with its progress (0–1) for the bar a 10 MiB scan on a phone needs.
 */
export async function uploadDocument(applicationId: string, requirementKey: string, file: File, onProgress: (share: number) => void): Promise<void> {
  const url = `/v1/me/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(requirementKey)}?fileName=${encodeURIComponent(file.name)}`;
  await sendWithProgress('PUT', url, file, 'application/octet-stream', onProgress);
}
