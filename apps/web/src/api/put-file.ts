import { accessToken } from './client';
import { ApiProblem, ConnectionLost, looksLikeProblem } from './problem';

/**
 * PUT of a raw file to the API (which detects its type from the content, so it is
 * declared as application/octet-stream). XMLHttpRequest rather than fetch: only it
 * reports upload progress, which a 10 MiB scan on a phone needs. Progress is 0–1. The
 * access token goes along when signed in (an applicant's documents); a referee's letter
 * needs none, its link's token is in the path. Resolves with the answer's JSON body.
 */
export async function putFile(url: string, file: File, onProgress: (share: number) => void): Promise<unknown> {
  const token = await accessToken();
  return new Promise<unknown>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new ConnectionLost());
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) return resolve(body);
      reject(
        new ApiProblem(
          looksLikeProblem(body)
            ? body
            : {
                type: 'about:blank',
                title: request.statusText || 'Error',
                status: request.status,
                detail: '',
                code: 'HTTP.ERROR',
                correlationId: '',
              },
        ),
      );
    };
    request.send(file);
  });
}
