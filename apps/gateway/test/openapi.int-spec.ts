import SwaggerParser from '@apidevtools/swagger-parser';
import helmet from '@fastify/helmet';
import { Body, Controller, Param } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { FastifyInstance } from 'fastify';
import type { OpenAPI } from 'openapi-types';
import { z } from 'zod';
import { Endpoint } from '../src/http/endpoint.decorator';
import { RouteCatalogue } from '../src/http/route-catalogue';
import { defineRoute } from '../src/http/route-declaration';
import { installApiReference } from '../src/openapi/api-reference';
import type { OpenApiDocument } from '../src/openapi/openapi-document';
import { OpenApiController } from '../src/openapi/openapi.controller';

const listTwinnings = defineRoute({
  operationId: 'listTwinnings',
  method: 'GET',
  path: '/v1/twinnings',
  summary: 'List the twinnings',
  tag: 'twinnings',
  access: { kind: 'public' },
  query: z.object({ country: z.string().length(2).optional() }),
  response: z.array(z.object({ id: z.string(), cities: z.array(z.string()) })),
});

const renameTwinning = defineRoute({
  operationId: 'renameTwinning',
  method: 'PATCH',
  path: '/v1/twinnings/:twinningId',
  summary: 'Rename a twinning',
  tag: 'twinnings',
  access: { kind: 'roles', roles: ['network-staff'] },
  params: z.object({ twinningId: z.string() }),
  body: z.object({ name: z.string().min(1) }),
  response: z.object({ id: z.string(), name: z.string() }),
});

const endTwinning = defineRoute({
  operationId: 'endTwinning',
  method: 'DELETE',
  path: '/v1/twinnings/:twinningId',
  summary: 'End a twinning',
  tag: 'twinnings',
  access: { kind: 'authenticated' },
  params: z.object({ twinningId: z.string() }),
});

@Controller()
class TwinningsTestController {
  @Endpoint(listTwinnings)
  list() {
    return [];
  }

  @Endpoint(renameTwinning)
  rename(@Param('twinningId') id: string, @Body() body: { name: string }) {
    return { id, name: body.name };
  }

  @Endpoint(endTwinning)
  end() {
    return undefined;
  }
}

/** swagger-parser dereferences the document it is given in place: it gets a copy. */
const validate = (document: object) => SwaggerParser.validate(structuredClone(document) as OpenAPI.Document);

describe('API reference', () => {
  let app: NestFastifyApplication;
  let fastify: FastifyInstance;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [TwinningsTestController, OpenApiController],
      providers: [RouteCatalogue],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    fastify = app.getHttpAdapter().getInstance();
    // As the gateway will run: helmet's policy everywhere, the reference's own on its pages.
    await fastify.register(helmet);
    await installApiReference(fastify);
    await app.init();
  });
  afterAll(() => app.close());

  it('serves the OpenAPI document of every catalogue route, valid as OpenAPI 3.1', async () => {
    const answer = await fastify.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const document = answer.json<OpenApiDocument>();
    await expect(validate(document)).resolves.toBeDefined();

    const catalogue = app.get(RouteCatalogue).all();
    expect(catalogue).toHaveLength(3);
    const documented = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const declared = catalogue.map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(new Set(documented)).toEqual(new Set(declared));
  });

  it('serves the same document on every request', async () => {
    const [first, second] = await Promise.all([
      fastify.inject({ method: 'GET', url: '/docs/openapi.json' }),
      fastify.inject({ method: 'GET', url: '/docs/openapi.json' }),
    ]);
    expect(second.body).toBe(first.body);
  });

  it('serves the interactive reference at /docs, as HTML whose assets load under its CSP', async () => {
    let answer = await fastify.inject({ method: 'GET', url: '/docs' });
    for (let hops = 0; answer.statusCode >= 300 && answer.statusCode < 400 && hops < 3; hops += 1) {
      answer = await fastify.inject({ method: 'GET', url: String(answer.headers.location) });
    }
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.body).toContain('swagger-ui');

    // The page's policy only allows scripts from its own origin: every asset is local and served.
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    const assets = [...answer.body.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url ?? '');
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/docs\//);
      expect((await fastify.inject({ method: 'GET', url: asset })).statusCode).toBe(200);
    }
  });

  it('points the UI at the served document', async () => {
    const initializer = await fastify.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(initializer.body).toContain('"/docs/openapi.json"');
    // The plugin's own document URL leads to the same document rather than a placeholder.
    const json = await fastify.inject({ method: 'GET', url: '/docs/json' });
    expect(json.statusCode).toBe(302);
    expect(json.headers.location).toBe('/docs/openapi.json');
  });
});
