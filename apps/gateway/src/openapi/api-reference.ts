import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DOCS_URLS } from './docs-urls';

const TITLE = 'Sister-city network API';

/**
 * @fastify/swagger-ui requires @fastify/swagger, which in static mode wants a document at
 * registration; the real one only exists once the route catalogue is filled at bootstrap,
 * so @fastify/swagger holds this placeholder and the UI loads the controller's URL instead.
 */
const PLACEHOLDER_DOCUMENT = { openapi: '3.1.0', info: { title: TITLE, version: '0' }, paths: {} };

/**
 * Serves the interactive API reference (Swagger UI) at `/docs`, reading the document at
 * `documentUrl`. Call it on the Fastify instance after the Nest app is created and before
 * `app.init()` / `app.listen()`; takes the URL, not the document, so nothing is built early.
 */
export async function installApiReference(fastify: FastifyInstance, documentUrl: string = DOCS_URLS.document): Promise<void> {
  await fastify.register(fastifySwagger, { mode: 'static', specification: { document: PLACEHOLDER_DOCUMENT } });
  await fastify.register(fastifySwaggerUi, {
    routePrefix: DOCS_URLS.ui,
    theme: { title: TITLE },
    // Swagger UI loads the first of `urls` rather than the `./json` the plugin forces as `url`.
    uiConfig: { urls: [{ name: TITLE, url: documentUrl }], displayOperationId: true, docExpansion: 'list' },
    // The plugin's own `/docs/json` and `/docs/yaml` would serve the placeholder: send them to the real document.
    uiHooks: {
      onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
        const route = request.routeOptions.url ?? '';
        if (route.endsWith('/json') || route.endsWith('/yaml')) return reply.redirect(documentUrl);
        return undefined;
      },
    },
    // The UI's pages get the plugin's policy (scripts and styles from 'self', images also as
    // data: URIs), which replaces the gateway-wide one of helmet on these routes only.
    staticCSP: true,
  });
}
