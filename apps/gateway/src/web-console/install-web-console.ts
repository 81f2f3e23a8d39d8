import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isConsoleNavigation } from './console-paths';
import { CONSOLE_CONTENT_SECURITY_POLICY } from './console-security-policy';

export interface WebConsoleOptions {
  /** Folder of the built console (`vite build` of apps/web), relative to the working directory. */
  directory: string;
  warn(message: string): void;
}

const INDEX = 'index.html';

/**
 * Serves the web console (apps/web, a single-page app) at `/`: its built files, one route
 * each, and its page for any GET a browser navigates to that no route answers, so that a
 * link such as `/verify-email?token=…` opens the console, whose router shows the page.
 *
 * The page is answered from the not-found path (an onRequest hook that acts only when no
 * route matched), not from a catch-all route: a catch-all would be a candidate for every
 * path and change how the router answers the API's own refusals (a path parameter over
 * the length limit is a 414 because no route matches). The API, probes, metrics,
 * reference and queue dashboard keep their 404 problem for paths they do not have.
 *
 * A gateway started without a built console (tests that never build it) serves none and
 * says so once.
 */
export async function installWebConsole(fastify: FastifyInstance, options: WebConsoleOptions): Promise<void> {
  const root = path.resolve(options.directory);
  if (!existsSync(path.join(root, INDEX))) {
    options.warn(`no web console at ${root} (run \`npm run build:web\`): / answers 404`);
    return;
  }
  await fastify.register(fastifyStatic, {
    root,
    // One route per built file, found at start-up. The page itself is served only below,
    // with its own headers.
    wildcard: false,
    index: false,
    globIgnore: [INDEX],
    cacheControl: false,
    setHeaders: setAssetHeaders,
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.is404 || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
    if (!isConsoleNavigation(request.url.split('?', 1)[0] ?? '/', request.headers.accept)) return undefined;
    // Set after helmet's onRequest hook: the console's policy replaces the API's.
    reply.header('content-security-policy', CONSOLE_CONTENT_SECURITY_POLICY).header('cache-control', 'no-cache');
    return reply.sendFile(INDEX);
  });
}

/** Built assets carry a content hash in their name, so a browser may keep them for good. */
function setAssetHeaders(response: SetHeadersResponse, file: string): void {
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}
