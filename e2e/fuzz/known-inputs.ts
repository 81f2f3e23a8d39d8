import type { Caller } from './callers';

// The inputs issue 11 lists, one regression case each: what the fuzzer found answered with
// a 500 or with something that was not a problem document.

export interface KnownInput {
  name: string;
  caller: Caller['name'];
  method: string;
  /** Path and query, percent-encoded as sent. */
  target: string;
  body?: unknown;
  /** A raw body (not JSON-encoded by the test). */
  rawBody?: string;
  headers?: Record<string, string>;
  expect: {
    status: number;
    /** The problem code, when the issue or the API conventions fix it. */
    code?: string;
    /** The field `errors[]` must name. */
    field?: string;
  };
}

const invalid = (field: string) => ({ status: 400, code: 'REQUEST.INVALID', field });

/** Fixtures the cases need: a real city id for bodies that must be valid but for one field. */
export interface KnownInputContext {
  cityId: string;
}

export function knownInputs({ cityId }: KnownInputContext): KnownInput[] {
  const invitation = (displayName: string) => ({ email: 'invitee@test.scn', displayName, grants: [{ role: 'applicant', scopeIds: [] }] });
  const program = (name: string, contact: Record<string, string> = {}) => ({
    name,
    cityId,
    contacts: [{ name: 'Ana Pérez', email: 'ana@test.scn', role: 'chair', phone: '+34 600 000 000', ...contact }],
  });
  const NUL = 'a\u0000b';
  // JSON.stringify writes a lone surrogate as the escape \ud800: what a hostile client sends.
  const SURROGATE = 'a\ud800b';
  return [
    // A NUL in a free-text query parameter (PostgreSQL refuses NUL in text).
    { name: 'NUL in GET /v1/accounts?email', caller: 'staff', method: 'GET', target: '/v1/accounts?email=a%00b', expect: invalid('query.email') },
    { name: 'NUL in GET /v1/audit-log?targetId', caller: 'staff', method: 'GET', target: '/v1/audit-log?targetId=a%00b', expect: invalid('query.targetId') },
    { name: 'NUL in GET /v1/member-programs?q', caller: 'staff', method: 'GET', target: '/v1/member-programs?q=a%00b', expect: invalid('query.q') },
    { name: 'NUL in GET /v1/member-programs?region', caller: 'staff', method: 'GET', target: '/v1/member-programs?region=a%00b', expect: invalid('query.region') },
    { name: 'NUL in GET /v1/notifications?type', caller: 'staff', method: 'GET', target: '/v1/notifications?type=a%00b', expect: invalid('query.type') },
    {
      name: 'NUL in GET /v1/notifications?recipientEmail',
      caller: 'staff',
      method: 'GET',
      target: '/v1/notifications?recipientEmail=a%00b',
      expect: invalid('query.recipientEmail'),
    },
    // A NUL in a free-text body field.
    { name: 'NUL in POST /v1/accounts/invitations displayName', caller: 'staff', method: 'POST', target: '/v1/accounts/invitations', body: invitation(NUL), expect: invalid('body.displayName') },
    { name: 'NUL in POST /v1/member-programs name', caller: 'staff', method: 'POST', target: '/v1/member-programs', body: program(NUL), expect: invalid('body.name') },
    ...(['name', 'role', 'phone'] as const).map(
      (field): KnownInput => ({
        name: `NUL in POST /v1/member-programs contacts[].${field}`,
        caller: 'staff',
        method: 'POST',
        target: '/v1/member-programs',
        body: program('Fuzz Regression Program', { [field]: NUL }),
        expect: invalid(`body.contacts.0.${field}`),
      }),
    ),
    // A lone UTF-16 surrogate in a free-text body field.
    {
      name: 'lone surrogate in POST /v1/auth/register displayName (anonymous)',
      caller: 'anonymous',
      method: 'POST',
      target: '/v1/auth/register',
      body: { email: 'surrogate@test.scn', password: 'a-long-enough-password', displayName: SURROGATE },
      expect: invalid('body.displayName'),
    },
    {
      name: 'lone surrogate in POST /v1/cities name',
      caller: 'staff',
      method: 'POST',
      target: '/v1/cities',
      body: { name: SURROGATE, countryCode: 'FR', latitude: 45.5, longitude: 4.8 },
      expect: invalid('body.name'),
    },
    { name: 'lone surrogate in POST /v1/accounts/invitations displayName', caller: 'staff', method: 'POST', target: '/v1/accounts/invitations', body: invitation(SURROGATE), expect: invalid('body.displayName') },
    { name: 'lone surrogate in POST /v1/member-programs name', caller: 'staff', method: 'POST', target: '/v1/member-programs', body: program(SURROGATE), expect: invalid('body.name') },
    {
      name: 'lone surrogate in POST /v1/webhook-endpoints description',
      caller: 'staff',
      method: 'POST',
      target: '/v1/webhook-endpoints',
      body: { url: 'https://hooks.example.org/scn', description: SURROGATE },
      expect: invalid('body.description'),
    },
    // Errors Fastify raises before a route runs.
    { name: 'a path over the header limit', caller: 'anonymous', method: 'GET', target: `/v1/cities/${'a'.repeat(17_000)}`, expect: { status: 431 } },
    { name: 'a query over the header limit', caller: 'anonymous', method: 'GET', target: `/v1/cities?q=${'a'.repeat(17_000)}`, expect: { status: 431 } },
    { name: 'a path parameter with broken percent-encoding', caller: 'anonymous', method: 'GET', target: '/v1/cities/%E0%A4%A', expect: { status: 400 } },
    { name: 'a path parameter over the length limit', caller: 'anonymous', method: 'GET', target: `/v1/cities/${'a'.repeat(1_001)}`, expect: { status: 414 } },
    { name: 'a body over the size limit', caller: 'anonymous', method: 'POST', target: '/v1/auth/login', rawBody: `{"email":"${'a'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' }, expect: { status: 413, code: 'REQUEST.TOO_LARGE' } },
    { name: 'an unsupported media type', caller: 'anonymous', method: 'POST', target: '/v1/auth/login', rawBody: '<login/>', headers: { 'content-type': 'application/xml' }, expect: { status: 415, code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' } },
    { name: 'malformed JSON', caller: 'anonymous', method: 'POST', target: '/v1/auth/login', rawBody: '{"email": ', headers: { 'content-type': 'application/json' }, expect: { status: 400, code: 'REQUEST.MALFORMED' } },
    { name: 'an unknown route', caller: 'anonymous', method: 'GET', target: '/v1/no-such-route', expect: { status: 404, code: 'ROUTE.NOT_FOUND' } },
    // Integers in query strings are decimal only; an empty one is not 0.
    { name: 'limit=0x10 on GET /v1/cities', caller: 'anonymous', method: 'GET', target: '/v1/cities?limit=0x10', expect: invalid('query.limit') },
    { name: 'limit=0x10 on GET /v1/accounts', caller: 'staff', method: 'GET', target: '/v1/accounts?limit=0x10', expect: invalid('query.limit') },
    { name: 'page=0x10 on GET /v1/directory/partnerships', caller: 'anonymous', method: 'GET', target: '/v1/directory/partnerships?page=0x10', expect: invalid('query.page') },
    { name: 'age=0x1F on GET /v1/exchange-programs', caller: 'anonymous', method: 'GET', target: '/v1/exchange-programs?age=0x1F', expect: invalid('query.age') },
    { name: 'age= (empty) on GET /v1/exchange-programs', caller: 'anonymous', method: 'GET', target: '/v1/exchange-programs?age=', expect: invalid('query.age') },
    // What the fuzzer found beyond the list: dates PostgreSQL cannot hold, cursors
    // carrying such dates or text, integers beyond the column, a scope named twice.
    { name: 'year 0 in GET /v1/exchange-programs?travelFrom', caller: 'anonymous', method: 'GET', target: '/v1/exchange-programs?travelFrom=0000-01-01', expect: invalid('query.travelFrom') },
    { name: 'year 0 in GET /v1/audit-log?from', caller: 'staff', method: 'GET', target: '/v1/audit-log?from=0000-01-01T00:00:00Z', expect: invalid('query.from') },
    { name: 'a catalogue cursor with month 13', caller: 'anonymous', method: 'GET', target: `/v1/exchange-programs?cursor=${cursorOf(['2024-13-45', UUID])}`, expect: { status: 400 } },
    { name: 'a city cursor beyond the integer column', caller: 'anonymous', method: 'GET', target: `/v1/cities?cursor=${Buffer.from('9999999999|gn:1796236').toString('base64url')}`, expect: { status: 400 } },
    { name: 'a partnership cursor in year 0', caller: 'staff', method: 'GET', target: `/v1/partnerships?cursor=${cursorOf(['0000-01-01T00:00:00.000Z', UUID])}`, expect: { status: 400 } },
    { name: 'a member-program cursor with NUL', caller: 'staff', method: 'GET', target: `/v1/member-programs?cursor=${cursorOf([NUL, UUID])}`, expect: { status: 400 } },
    { name: 'an inbox cursor in year -200000', caller: 'staff', method: 'GET', target: `/v1/me/notifications?cursor=${cursorOf(['Lyon', '-200000-01-01T00:00:00Z', UUID])}`, expect: { status: 400 } },
    {
      name: 'an age beyond the integer column in POST /v1/manage/exchange-programs',
      caller: 'staff',
      method: 'POST',
      target: '/v1/manage/exchange-programs',
      body: { eligibility: { minAge: 9007199254740991, maxAge: 18, residence: 'member-city' } },
      expect: invalid('body.eligibility.minAge'),
    },
    {
      name: 'a scope id named twice in POST /v1/accounts/invitations',
      caller: 'staff',
      method: 'POST',
      target: '/v1/accounts/invitations',
      body: { email: 'twice@test.scn', displayName: 'Twice', grants: [{ role: 'program-admin', scopeIds: [UUID, UUID] }] },
      expect: invalid('body.grants.0.scopeIds'),
    },
  ];
}

const UUID = '01a22ae9-c32b-76ab-b92d-0e31869d2f40';
/** A list cursor as the services encode theirs: base64url of a JSON array of strings. */
const cursorOf = (key: string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Bad inputs that callers of several roles may all send: each must get the very same answer. */
export interface SameAnswerCase {
  name: string;
  callers: Array<Caller['name']>;
  method: string;
  target: string;
  body?: unknown;
}

export const SAME_ANSWER_CASES: SameAnswerCase[] = [
  { name: 'limit=0x10 on a public list', callers: ['anonymous', 'staff', 'applicant'], method: 'GET', target: '/v1/cities?limit=0x10' },
  { name: 'age=0x1F on the public catalogue', callers: ['anonymous', 'staff', 'applicant'], method: 'GET', target: '/v1/exchange-programs?age=0x1F' },
  {
    name: 'a lone surrogate in a registration',
    callers: ['anonymous', 'staff', 'applicant'],
    method: 'POST',
    target: '/v1/auth/register',
    body: { email: 'same-answer@test.scn', password: 'a-long-enough-password', displayName: 'a\ud800b' },
  },
  { name: 'a malformed id on an authenticated route', callers: ['staff', 'applicant'], method: 'PUT', target: '/v1/exchange-programs/not-a-uuid/interest' },
  { name: 'limit=0x10 on the inbox', callers: ['staff', 'applicant'], method: 'GET', target: '/v1/me/notifications?limit=0x10' },
  { name: 'a NUL in the notification settings', callers: ['staff', 'applicant'], method: 'PUT', target: '/v1/me/notification-preferences', body: { timeZone: 'Europe/Paris\u0000', quietHours: null, digest: 'off', channels: [] } },
];
