import { Controller, Get, Header, Inject, Optional } from '@nestjs/common';
import { RouteCatalogue } from '../http/route-catalogue';
import { DOCS_URLS } from './docs-urls';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document';
import { OPENAPI_VERSION } from './openapi-version.token';

const DEFAULT_VERSION = '1.0.0';

/**
 * Serves the OpenAPI document of every declared route. It carries no route declaration
 * on purpose: like the probes it is an operational route, outside `/v1`, open to anyone.
 */
@Controller()
export class OpenApiController {
  private document: OpenApiDocument | undefined;

  constructor(
    private readonly catalogue: RouteCatalogue,
    @Optional() @Inject(OPENAPI_VERSION) private readonly version: string = DEFAULT_VERSION,
  ) {}

  @Get(DOCS_URLS.document)
  @Header('content-type', 'application/json; charset=utf-8')
  openApiDocument(): OpenApiDocument {
    // Built on first request, not at start-up: the catalogue is filled at bootstrap, and
    // the routes never change afterwards, so one build serves the process's lifetime.
    this.document ??= buildOpenApiDocument(this.catalogue.all(), { version: this.version });
    return this.document;
  }
}
