import { accessToken } from './client';
import { ApiProblem, ConnectionLost, looksLikeProblem } from './problem';

/**
 * Sends a raw file to the API with the access token, reporting upload progress (0–1), and
 * answers the JSON reply. XMLHttpRequest rather than fetch: only it reports upload
 * progress, which a large file on a slow line needs. A refusal becomes an `ApiProblem`,
 * no answer at all `ConnectionLost`, as with the typed client.
 */
export async function sendWithProgress(
  method: 'PUT' | 'POST',
  url: string,
  file: Blob,
  contentType: string,
  onProgress: (share: number) => void,
): Promise<unknown> {
  const token = await accessToken();
  return new Promise<unknown>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('content-type', contentType);
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new ConnectionLost());
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) return resolve(body);
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

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
