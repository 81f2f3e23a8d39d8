import { accessToken } from '../../../api/client';
import { ApiProblem, ConnectionLost, looksLikeProblem } from '../../../api/problem';

/**
 * PUT of the raw file (the API detects its type from the content, so it is declared as
 * application/octet-stream). XMLHttpRequest rather than fetch: only it reports upload
 * progress, which a 10 MiB scan on a phone needs. Progress is 0–1.
 */
export async function uploadDocument(applicationId: string, requirementKey: string, file: File, onProgress: (share: number) => void): Promise<void> {
  const token = await accessToken();
  const url = `/v1/me/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(requirementKey)}?fileName=${encodeURIComponent(file.name)}`;
  await new Promise<void>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new ConnectionLost());
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      reject(
        new ApiProblem(
          looksLikeProblem(body)
            ? body
            : { type: 'about:blank', title: request.statusText || 'Error', status: request.status, detail: '', code: 'HTTP.ERROR', correlationId: '' },
        ),
      );
    };
    request.send(file);
  });
}
