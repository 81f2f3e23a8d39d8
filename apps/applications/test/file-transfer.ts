import type { ApplicationsPlatform } from './applications-platform';

// Raw files through the gateway, as a browser or curl sends and receives them (the JSON
// helper of the gateway harness would read a download as text).

/** Sends `bytes` as the body, with its declared type. */
export async function sendFile(platform: ApplicationsPlatform, method: string, path: string, bytes: Buffer, contentType: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(`${platform.gateway.service.url}${path}`, { method, headers, body: bytes });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

/** A download: its bytes and headers when it succeeds, its problem's code when it does not. */
export async function downloadFile(platform: ApplicationsPlatform, path: string, token: string) {
  const response = await fetch(`${platform.gateway.service.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await response.arrayBuffer());
  const problem = response.ok ? null : (JSON.parse(bytes.toString('utf8')) as { code?: string });
  return {
    status: response.status,
    code: problem?.code ?? null,
    bytes,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
  };
}
