import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DOCUMENT_MAX_BYTES } from '@scn/contracts';
import { ROOT_LOGGER } from '@scn/platform';
import type { Logger } from 'pino';
import { AuditRecorder } from './audit/audit.recorder';
import type { GatewayConfig } from './config';
import { ACCESS_TOKEN_VERIFIER, type AccessTokenVerifier } from './authorization/access-token-verifier';
import { recordRoutes } from './http/registered-routes';
import { BINARY_BODY_MEDIA_TYPES, DOCUMENT_BODY_MEDIA_TYPES, FORM_BODY_MEDIA_TYPES } from './http/route-declaration';
import { installQueueDashboard } from './notifications/queue-dashboard/install-queue-dashboard';
import { installApiReference } from './openapi/api-reference';
import { installProtection } from './protection/install-protection';
import { installWebConsole } from './web-console/install-web-console';

/**
 * HTTP concerns of the gateway that live below Nest's routing, installed before the
 * routes: security headers, CORS and rate limits first (a refused request costs nothing
 * more); only JSON bodies (anything else is a 415 problem, not a string for a schema to
 * trip over); the audit hook; every route recorded so tests can prove each one is
 * declared; the interactive API reference at /docs; the queue dashboard for staff; and
 * the web console at `/` (its pages for any other browser navigation).
 */
export async function prepareGatewayHttp(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await installProtection(fastify, {
    redisUrl: config.REDIS_URL,
    namespace: config.SCN_NAMESPACE,
    ratePerMinute: config.RATE_LIMIT_PER_MINUTE,
    authRatePerMinute: config.AUTH_RATE_LIMIT_PER_MINUTE,
    corsOrigins: config.CORS_ORIGINS,
    production: config.NODE_ENV === 'production',
    logger: app.get<Logger>(ROOT_LOGGER).child({ component: 'protection' }),
  });
  fastify.removeContentTypeParser(['text/plain']);
  // Import files (CSV, .xlsx) are the one non-JSON body; they may be larger than JSON ones.
  // They stay bytes (a Buffer): the partnerships service detects the encoding (a Latin-1
  // CSV read as UTF-8 here would lose its letters) and tells a file of another kind.
  fastify.addContentTypeParser(
    [...BINARY_BODY_MEDIA_TYPES],
    { parseAs: 'buffer', bodyLimit: config.CSV_UPLOAD_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );
  // Applicants' documents and referees' letters: bytes too, refused above 10 MiB before they
  // are read whole; their type is told by their content (documents.controller.ts).
  fastify.addContentTypeParser([...DOCUMENT_BODY_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES }, (_request, body, done) => done(null, body));
  // One-click unsubscribe (RFC 8058): a tiny form body, bytes too (see FORM_BODY_MEDIA_TYPES).
  fastify.addContentTypeParser([...FORM_BODY_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit: 1_024 }, (_request, body, done) => done(null, body));
  app.get(AuditRecorder).install(fastify);
  recordRoutes(fastify);
  await installApiReference(fastify);
  await installQueueDashboard(fastify, {
    redisUrl: config.REDIS_URL,
    namespace: config.SCN_NAMESPACE,
    verifier: app.get<AccessTokenVerifier>(ACCESS_TOKEN_VERIFIER),
  });
  const logger = app.get<Logger>(ROOT_LOGGER).child({ component: 'web-console' });
  await installWebConsole(fastify, { directory: config.WEB_CONSOLE_DIR, warn: (message) => logger.warn(message) });
}
