import { ZodError } from 'zod';
import { createEvent } from './create-event';
import { domainEvents } from './domain-events';
import { eventEnvelopeSchema } from './envelope';

const partnershipId = '0190d9a4-6b4c-7d3e-8f00-000000000001';
const memberProgramId = '0190d9a4-6b4c-7d3e-8f00-000000000002';
const memberCityId = 'gn:2988507';
const partnerCityId = 'gn:5128581';
const memberCountryCode = 'FR';
const partnerCountryCode = 'US';
const origin = { correlationId: 'req-42', causationId: null };

describe(createEvent.name, () => {
  const now = new Date('2026-03-01T12:34:56.789Z');

  it('builds an envelope that passes the envelope schema', () => {
    const event = createEvent(domainEvents, 'partnership.reactivated.v1', partnershipId, { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode }, origin, now);

    expect(eventEnvelopeSchema.safeParse(event).success).toBe(true);
    expect(event).toEqual({
      id: expect.any(String),
      type: 'partnership.reactivated.v1',
      source: 'partnerships',
      time: '2026-03-01T12:34:56.789Z',
      subject: partnershipId,
      correlationId: 'req-42',
      causationId: null,
      data: { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode },
    });
  });

  it('gives a UUIDv7 id whose timestamp is the event time', () => {
    const event = createEvent(domainEvents, 'partnership.reactivated.v1', partnershipId, { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode }, origin, now);

    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const msecs = parseInt(event.id.replace(/-/g, '').slice(0, 12), 16);
    expect(msecs).toBe(now.getTime());
  });

  it('gives every event its own id', () => {
    const make = () => createEvent(domainEvents, 'partnership.reactivated.v1', partnershipId, { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode }, origin, now);
    expect(make().id).not.toBe(make().id);
  });

  it('takes the source from the catalogue', () => {
    const event = createEvent(
      domainEvents,
      'notification.delivered.v1',
      'n-1',
      { notificationId: partnershipId, channel: 'email', type: 'partnership.activated', attempts: 1, recipientId: partnershipId, endpointId: null },
      { correlationId: 'c', causationId: 'cause-1' },
      now,
    );
    expect(event.source).toBe('notifications');
    expect(event.causationId).toBe('cause-1');
  });

  it('keeps only the fields the schema declares', () => {
    const data = { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode, extra: 'dropped' };
    const event = createEvent(domainEvents, 'partnership.reactivated.v1', partnershipId, data, origin, now);
    expect(event.data).toEqual({ partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode });
  });

  it('rejects data that fails the schema of its type', () => {
    const bad = { partnershipId: 'not-a-uuid', memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode };
    expect(() => createEvent(domainEvents, 'partnership.reactivated.v1', partnershipId, bad, origin, now)).toThrow(ZodError);
  });

  it('rejects a type that is not in the catalogue', () => {
    const unknownType = 'partnership.exploded.v1' as 'partnership.reactivated.v1';
    expect(() =>
      createEvent(domainEvents, unknownType, partnershipId, { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode }, origin, now),
    ).toThrow('Unknown event type partnership.exploded.v1');
  });
});
