import { eventStream, type EventData } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { SmtpSink } from './support/smtp-sink';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// After one partnership activation: the deliveries by channel and outcome, the delivery
// jobs run, the queue's depth and the events handled appear at /metrics.

const PARTNER_CITY = 'gn:2996945';
const MEMBER_CITY = 'gn:4164139';
const memberProgramId = uuidv7();
const partnershipId = uuidv7();
const partnerContact = testAccount('Claire', 'fr', [{ role: 'partner-contact', scopeIds: [PARTNER_CITY] }]);

const ref: EventData<'partnership.reactivated.v1'> = {
  partnershipId,
  memberProgramId,
  memberCityId: MEMBER_CITY,
  partnerCityId: PARTNER_CITY,
  memberCountryCode: 'US',
  partnerCountryCode: 'FR',
  title: 'Miami – Lyon',
  memberCityName: 'Miami',
  partnerCityName: 'Lyon',
};

function seriesValue(exposition: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  let found = false;
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) continue;
    found = true;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return found ? total : Number.NaN;
}

let smtp: SmtpSink;
let harness: NotificationsUnderTest;

beforeAll(async () => {
  smtp = await SmtpSink.start({ reject: () => null });
  harness = await NotificationsUnderTest.start({ ...FAST_DELIVERY_ENV, SMTP_URL: smtp.url });
  await announceAccount(harness, partnerContact);
  await waitFor('the account to be known', async () => (await harness.db.recipient.count({ where: { accountId: { not: null } } })) === 1);
});

afterAll(async () => {
  await harness?.stop();
  await smtp?.stop();
});

it('counts deliveries by channel and outcome, delivery jobs, queue depth and events handled', async () => {
  await harness.events.publish('partnership.proposed.v1', partnershipId, {
    ...ref,
    version: 1,
    termsHash: 'a'.repeat(64),
    kind: 'sister_city',
    focusAreas: ['arts-culture'],
    memberContacts: [],
    partnerContacts: [],
  });
  await harness.events.publish('partnership.activated.v1', partnershipId, {
    ...ref,
    version: 1,
    termsHash: 'a'.repeat(64),
    startDate: '2026-11-30',
    firstSigning: true,
  });
  const scrape = async () => (await fetch(`${harness.service.url}/metrics`)).text();

  const text = await waitFor('the event and a delivery to be counted', async () => {
    const exposition = await scrape();
    const delivered = seriesValue(exposition, 'scn_notification_deliveries_total') > 0;
    const handled = seriesValue(exposition, 'scn_events_processed_total', { type: 'partnership.activated.v1', outcome: 'handled' }) === 1;
    return delivered && handled ? exposition : undefined;
  });

  expect(text).toMatch(/scn_notification_deliveries_total\{channel="(email|inbox)",outcome="(sent|delivered)",service="notifications"\} [1-9]/);
  expect(seriesValue(text, 'scn_notification_deliveries_total', { outcome: 'failed' })).toBeNaN();
  expect(seriesValue(text, 'scn_queue_job_duration_seconds_count', { outcome: 'completed' })).toBeGreaterThan(0);
  expect(seriesValue(text, 'scn_queue_jobs', { state: 'waiting' })).toBeGreaterThanOrEqual(0);
  expect(seriesValue(text, 'scn_reminder_jobs', { state: 'delayed' })).toBeGreaterThanOrEqual(0);
  expect(seriesValue(text, 'scn_events_processed_total', { type: 'partnership.activated.v1', outcome: 'handled' })).toBe(1);
  // The consumer as JetStream sees it, per stream it reads: the event was given and acknowledged.
  const partnershipsStream = eventStream(harness.namespace, 'partnerships').name;
  expect(seriesValue(text, 'scn_consumer_pending_messages', { stream: partnershipsStream })).toBe(0);
  expect(seriesValue(text, 'scn_consumer_ack_pending_messages', { stream: partnershipsStream })).toBe(0);
  expect(seriesValue(text, 'scn_consumer_redelivered_messages', { stream: partnershipsStream })).toBe(0);
  expect(seriesValue(text, 'scn_event_redeliveries_total')).toBeNaN();
});
