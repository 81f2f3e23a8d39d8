import { GatewayUnderTest } from './gateway-harness';

// Bad input of every kind gets a 4xx problem document naming what is wrong; never a 5xx.

describe('HTTP conventions of the gateway', () => {
  let gateway: GatewayUnderTest;
  let staffToken: string;

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ env: { HTTP_BODY_LIMIT_BYTES: '4096' } });
    staffToken = (await gateway.login()).accessToken;
  });
  afterAll(() => gateway.stop());

  const expectProblem = (response: { status: number; headers: Headers; body: any }, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: expect.stringMatching(/^urn:scn:problem:/), title: expect.any(String), status });
    expect(response.body.correlationId).toBe(response.headers.get('x-request-id'));
  };

  it.each([
    ['malformed JSON', '{"email": "a@b.c", ', 'application/json', 400, 'REQUEST.MALFORMED'],
    ['a JSON body that is not an object', '"text"', 'application/json', 400, 'REQUEST.INVALID'],
    ['a body that is not JSON at all', 'email=a@b.c', 'application/x-www-form-urlencoded', 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
    ['plain text', 'hello', 'text/plain', 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
  ])('answers %s with a problem', async (_case, body, contentType, status, code) => {
    expectProblem(await gateway.request('POST', '/v1/auth/login', { body, headers: { 'content-type': contentType } }), status, code);
  });

  it('names each wrong type and each unknown field', async () => {
    const response = await gateway.request('POST', '/v1/accounts/invitations', {
      token: staffToken,
      body: { email: 42, displayName: '', grants: [{ role: 'king', scopeIds: [] }], admin: true },
    });
    expectProblem(response, 400, 'REQUEST.INVALID');
    const fields = response.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(fields).toEqual(
      expect.arrayContaining(['body.email:invalid_type', 'body.displayName:too_small', 'body.grants.0.role:invalid_value', 'body:unrecognized_keys']),
    );
  });

  it('refuses a body larger than the limit before reading it whole', async () => {
    const response = await gateway.request('POST', '/v1/auth/login', { body: { email: 'a@b.c', password: 'x'.repeat(10_000) } });
    expectProblem(response, 413, 'REQUEST.TOO_LARGE');
  });

  it.each([
    ['a page size above the maximum', '/v1/accounts?limit=1000', 'query.limit'],
    ['a negative page size', '/v1/accounts?limit=-1', 'query.limit'],
    ['a page size that is not a number', '/v1/accounts?limit=lots', 'query.limit'],
    ['an unknown query parameter', '/v1/accounts?admin=true', 'query'],
    ['a malformed cursor', '/v1/accounts?cursor=nonsense', 'query.cursor'],
    ['a path parameter of the wrong shape', '/v1/accounts/not-a-uuid', 'params.accountId'],
  ])('refuses %s', async (_case, path, field) => {
    const response = await gateway.request('GET', path, { token: staffToken });
    expectProblem(response, 400, 'REQUEST.INVALID');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers an unknown route and an unknown method with problems', async () => {
    expectProblem(await gateway.request('GET', '/v1/nothing-here', { token: staffToken }), 404, 'ROUTE.NOT_FOUND');
    expectProblem(await gateway.request('DELETE', '/v1/me', { token: staffToken }), 404, 'ROUTE.NOT_FOUND');
  });

  describe('refusals made before any route runs are problems too', () => {
    const expectFrameworkProblem = (response: { status: number; headers: Headers; body: any }, status: number, code: string) => {
      expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.correlationId).toEqual(expect.any(String));
      expect(response.headers.get('x-request-id')).toBe(response.body.correlationId);
    };

    it('answers a path that is not valid percent-encoding with 400', async () => {
      expectFrameworkProblem(await gateway.request('GET', '/v1/accounts/%E0%A4%A', { token: staffToken }), 400, 'REQUEST.MALFORMED_URL');
    });

    it('answers a path parameter over the length limit with 414', async () => {
      expectFrameworkProblem(await gateway.request('GET', `/v1/accounts/${'a'.repeat(2_000)}`, { token: staffToken }), 414, 'REQUEST.PARAMETER_TOO_LONG');
    });

    it.each([
      ['a query string', (path: string) => ({ path: `${path}?email=${'a'.repeat(20_000)}`, headers: {} })],
      ['a header', (path: string) => ({ path, headers: { 'x-padding': 'a'.repeat(20_000) } })],
    ])('answers %s over the header size limit with 431', async (_case, build) => {
      const { path, headers } = build('/v1/accounts');
      expectFrameworkProblem(await gateway.request('GET', path, { token: staffToken, headers }), 431, 'REQUEST.HEADERS_TOO_LARGE');
    });
  });

  it('never repeats a query string (it may carry an emailed one-time token) in a problem', async () => {
    const response = await gateway.request('GET', '/accept-invitation?token=one-time-secret-0123456789');
    expectProblem(response, 404, 'ROUTE.NOT_FOUND');
    expect(response.body.instance).toBe('/accept-invitation');
    expect(JSON.stringify(response.body)).not.toContain('one-time-secret');
  });

  it.each([
    ['NUL in a query parameter', 'GET', '/v1/accounts?email=a%00b', undefined, 'query.email', 'control_character'],
    ['NUL in a body field', 'POST', '/v1/accounts/invitations', { email: 'nul@test.scn', displayName: 'a\u0000b', grants: [] }, 'body.displayName', 'control_character'],
    ['a line break in a one-line field', 'POST', '/v1/accounts/invitations', { email: 'nl@test.scn', displayName: 'a\nb', grants: [] }, 'body.displayName', 'control_character'],
    ['an unpaired surrogate in a body field', 'POST', '/v1/accounts/invitations', { email: 'sur@test.scn', displayName: 'a\uD800', grants: [] }, 'body.displayName', 'unpaired_surrogate'],
    ['NUL in the audit filter', 'GET', '/v1/audit-log?targetId=%00', undefined, 'query.targetId', 'control_character'],
    ['a hexadecimal page size', 'GET', '/v1/accounts?limit=0x10', undefined, 'query.limit', 'invalid_type'],
    ['an empty page size', 'GET', '/v1/accounts?limit=', undefined, 'query.limit', 'invalid_type'],
    ['a page size in exponent form', 'GET', '/v1/accounts?limit=1e1', undefined, 'query.limit', 'invalid_type'],
  ])('refuses %s with a problem naming the field and the rule', async (_case, method, path, body, field, rule) => {
    const response = await gateway.request(method, path, { token: staffToken, body });
    expectProblem(response, 400, 'REQUEST.INVALID');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it('refuses an unpaired surrogate from an anonymous registration before anything is stored', async () => {
    const response = await gateway.request('POST', '/v1/auth/register', {
      body: `{"email":"lone@test.scn","password":"a-long-enough-password","displayName":"x\\ud800"}`,
    });
    expectProblem(response, 400, 'REQUEST.INVALID');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'body.displayName', rule: 'unpaired_surrogate' }));
    expect(await gateway.db.account.count({ where: { email: 'lone@test.scn' } })).toBe(0);
  });

  it('pages through a list with a cursor', async () => {
    for (const n of [1, 2, 3]) {
      await gateway.request('POST', '/v1/accounts/invitations', {
        token: staffToken,
        body: { email: `page-${n}@test.scn`, displayName: `P${n}`, grants: [{ role: 'applicant', scopeIds: [] }] },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await gateway.request(
        'GET',
        `/v1/accounts?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { token: staffToken },
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('echoes the X-Request-Id it was given and carries it into the events the request causes', async () => {
    const requestId = 'client-chosen-id-42';
    const response = await gateway.request('POST', '/v1/accounts/invitations', {
      token: staffToken,
      headers: { 'x-request-id': requestId },
      body: { email: 'traced@test.scn', displayName: 'Traced', grants: [{ role: 'applicant', scopeIds: [] }] },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const [event] = (await gateway.outboxEvents('account.invited.v1')).filter((e) => e.payload.data.email === 'traced@test.scn');
    expect(event!.payload.correlationId).toBe(requestId);
  });

  it('generates a request id when none (or an unsafe one) is sent', async () => {
    const plain = await gateway.request('GET', '/v1/me', { token: staffToken });
    expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await gateway.request('GET', '/v1/me', { token: staffToken, headers: { 'x-request-id': 'bad id with spaces' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores names in Unicode normal form C', async () => {
    const response = await gateway.request('POST', '/v1/accounts/invitations', {
      token: staffToken,
      body: { email: 'nfc@test.scn', displayName: 'Malmo\u0308', grants: [{ role: 'applicant', scopeIds: [] }] },
    });
    expect(response.status).toBe(201);
    const account = await gateway.db.account.findUniqueOrThrow({ where: { email: 'nfc@test.scn' } });
    expect(account.displayName).toBe('Malm\u00F6');
  });
});
