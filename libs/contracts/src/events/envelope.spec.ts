import { eventEnvelopeSchema, EVENT_TYPE_PATTERN } from './envelope';

const valid = {
  id: '0190d9a4-6b4c-7d3e-8f00-123456789abc',
  type: 'partnership.activated.v1',
  source: 'partnerships',
  time: '2026-03-01T12:00:00.000Z',
  subject: 'p-1',
  correlationId: 'req-1',
  causationId: null,
  data: { anything: true },
};

const issuesOf = (value: unknown) => eventEnvelopeSchema.safeParse(value).error?.issues ?? [];

describe('eventEnvelopeSchema', () => {
  it('accepts a complete envelope, with or without a causation id', () => {
    expect(eventEnvelopeSchema.safeParse(valid).success).toBe(true);
    expect(eventEnvelopeSchema.safeParse({ ...valid, causationId: 'evt-0' }).success).toBe(true);
    expect(eventEnvelopeSchema.safeParse({ ...valid, time: '2026-03-01T14:00:00+02:00' }).success).toBe(true);
  });

  it.each([
    'Partnership.activated.v1',
    'partnership.activated',
    'partnership.activated.v0',
    'partnership.activated.v01',
    'activated.v1',
    'partnership..activated.v1',
    'partnership.activated.V1',
    'partnership activated.v1',
    'partnership.activated.v1.',
  ])('rejects the type name %j', (type) => {
    expect(issuesOf({ ...valid, type })).toEqual([expect.objectContaining({ path: ['type'] })]);
  });

  it.each(['id', 'type', 'source', 'time', 'subject', 'correlationId', 'causationId'])('rejects an envelope without %s', (field) => {
    const { [field as keyof typeof valid]: _removed, ...rest } = valid;
    expect(issuesOf(rest)).toEqual([expect.objectContaining({ path: [field] })]);
  });

  it('rejects extra fields', () => {
    expect(issuesOf({ ...valid, specversion: '1.0' })).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['specversion'] }),
    ]);
  });

  it('rejects an id that is not a UUIDv7', () => {
    expect(issuesOf({ ...valid, id: '0190d9a4-6b4c-4d3e-8f00-123456789abc' })).toEqual([
      expect.objectContaining({ path: ['id'] }),
    ]);
  });

  it('rejects a source that is not a service, a time without offset and an empty subject', () => {
    expect(issuesOf({ ...valid, source: 'billing' })[0]?.path).toEqual(['source']);
    expect(issuesOf({ ...valid, time: '2026-03-01T12:00:00' })[0]?.path).toEqual(['time']);
    expect(issuesOf({ ...valid, subject: '' })[0]?.path).toEqual(['subject']);
  });
});

describe('EVENT_TYPE_PATTERN', () => {
  it.each(['partnership.activated.v1', 'member-program.standing-changed.v12', 'a.b.c.v3'])('accepts %s', (type) => {
    expect(EVENT_TYPE_PATTERN.test(type)).toBe(true);
  });
});
