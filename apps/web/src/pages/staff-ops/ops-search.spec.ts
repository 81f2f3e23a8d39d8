import { auditSearchSchema, dayRangeToInstants, deliveriesSearchSchema, withFilter } from './ops-search';
import { toAuditQuery } from './audit/audit-query';

describe('the operations pages’ URL state', () => {
  it('keeps the filters that fit and drops a hand-edited one that does not', () => {
    expect(deliveriesSearchSchema.parse({ status: 'failed', channel: 'pigeon', recipientEmail: 'a@example.org' })).toEqual({
      status: 'failed',
      channel: undefined,
      recipientEmail: 'a@example.org',
    });
    expect(auditSearchSchema.parse({ actorId: 'not-a-uuid', from: '2026-12-01', to: '1 Dec' })).toMatchObject({ actorId: undefined, from: '2026-12-01', to: undefined });
  });

  it('goes back to the first page when a filter changes, and leaves an emptied filter out', () => {
    expect(withFilter({ status: 'failed' as const, cursor: 'abc' }, 'status', null)).toEqual({ status: undefined, cursor: undefined });
    expect(withFilter({ type: 'x', cursor: 'abc' }, 'type', '')).toEqual({ type: undefined, cursor: undefined });
  });
});

describe('days in the viewer’s time zone', () => {
  // Jest runs with TZ unset here; the range must follow whatever zone the process has.
  it('asks from the start of the first day to the start of the day after the last, in local time', () => {
    const { from, to } = dayRangeToInstants('2026-12-01', '2026-12-05');
    expect(new Date(from ?? '').getTime()).toBe(new Date(2026, 11, 1, 0, 0, 0).getTime());
    expect(new Date(to ?? '').getTime()).toBe(new Date(2026, 11, 6, 0, 0, 0).getTime());
  });

  it('crosses a month’s end, and leaves out the side not given', () => {
    expect(dayRangeToInstants(undefined, '2026-12-31')).toEqual({ to: new Date(2027, 0, 1).toISOString() });
    expect(dayRangeToInstants(undefined, undefined)).toEqual({});
  });

  it('turns the audit page’s URL into the API’s query', () => {
    expect(toAuditQuery({ route: '/v1/announcements', method: 'POST', from: '2026-12-01', cursor: 'c1' })).toEqual({
      limit: 25,
      route: '/v1/announcements',
      method: 'POST',
      from: new Date(2026, 11, 1).toISOString(),
      cursor: 'c1',
    });
  });
});
