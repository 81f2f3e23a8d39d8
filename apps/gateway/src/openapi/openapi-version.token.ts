/**
 * Injection token of the version the document announces (`info.version`). Optional: the
 * API is versioned by its `/v1` prefix, so without it the document says `1.0.0`.
 */
export const OPENAPI_VERSION = Symbol('scn:openapi-version');
