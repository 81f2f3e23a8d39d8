import { Agent, request } from 'node:http';

// A raw HTTP client for the fuzzer. fetch() would repair what we want to send broken: it
// re-encodes paths, refuses lone surrogates and drops malformed percent sequences. Here the
// request target goes on the wire exactly as given (it must already be percent-encoded).

export interface RawRequest {
  method: string;
  /** Path and query, already encoded: sent byte for byte. */
  target: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** A request must answer within this; a hang is a failure too (reported as status 0). */
const TIMEOUT_MS = 20_000;

/**
 * Sends one request. A kept-alive socket the server has closed meanwhile (it closes after
 * refusing an over-long request) fails at once with ECONNRESET: that request is sent again
 * once, on a new connection. A failure on a new connection is the server's (status 0).
 */
export async function send(baseUrl: string, raw: RawRequest): Promise<RawResponse> {
  try {
    return await sendOnce(baseUrl, raw, agent);
  } catch (error) {
    if (!(error instanceof StaleSocketError)) throw error;
    return sendOnce(baseUrl, raw, false);
  }
}

class StaleSocketError extends Error {}

function sendOnce(baseUrl: string, raw: RawRequest, via: Agent | false): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...raw.headers };
    if (raw.body !== undefined) headers['content-length'] = Buffer.byteLength(raw.body);
    const req = request(
      { host: url.hostname, port: url.port, method: raw.method, path: raw.target, headers, agent: via, timeout: TIMEOUT_MS },
      (res) => {
        const contentType = String(res.headers['content-type'] ?? '');
        // An event stream never ends: its status and headers are all we look at.
        if (contentType.startsWith('text/event-stream')) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, contentType, text: '', json: undefined });
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, contentType, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', (error) => reject(req.reusedSocket ? new StaleSocketError(error.message) : error));
    req.end(raw.body);
  });
}

export function closeConnections(): void {
  agent.destroy();
}

/**
 * Percent-encodes a string for a path segment or a query value, like encodeURIComponent,
 * except that a lone UTF-16 surrogate is written as the three bytes it would have in
 * WTF-8 (`\ud800` → `%ED%A0%80`): bytes that are not UTF-8, which a server must refuse
 * or replace, rather than an exception on our side.
 */
export function percentEncode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const char = value.charAt(i);
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}
