import { putFile } from '../../../api/put-file';

/** Uploads one required document of an application (see `putFile` for the why of XMLHttpRequest). */
export async function uploadDocument(
  applicationId: string,
  requirementKey: string,
  file: File,
  onProgress: (share: number) => void,
): Promise<void> {
  const url = `/v1/me/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(requirementKey)}?fileName=${encodeURIComponent(file.name)}`;
  await putFile(url, file, onProgress);
}
