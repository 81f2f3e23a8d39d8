import type { Clock } from '@scn/platform';
import { DATABASE } from '@scn/platform';
import { ApplicationCommandRunner } from '../src/applications/commands/application-command.runner';
import { PlacePromoter } from '../src/applications/commands/place-promoter';
import { ApplicationRepository } from '../src/applications/infra/application.repository';
import { LapseDueOffersHandler } from '../src/decisions/commands/lapse-due-offers/lapse-due-offers.handler';
import { ReleaseDueDecisionsHandler } from '../src/decisions/commands/release-due-decisions/release-due-decisions.handler';
import {
  minorProfile,
  PARTNER_CITY,
  programFields,
  publishProgram,
  startApplicationsPlatform,
  waitForKnownProgram,
  writeScoredReading,
  type ApplicationsPlatform,
} from './applications-platform';

// After the matching (issue #13): decisions released on their date and not before (on a
// controlled clock), offers and nominations, and every freed place — a host's refusal, a
// lapsed offer, a withdrawal — given at once to the next on the waitlist.

const DAY = 86_400_000;
const SEASON = 2027;
const GUARDIAN = { name: 'Bea Example', email: 'bea@example.org' };

describe('decisions, offers and nominations through the gateway', () => {
  let platform: ApplicationsPlatform;
  let program = '';
  const ids = { x: '', y: '', z: '', w: '' };
  const tokens = { x: '', y: '', z: '', w: '', host: '', otherHost: '' };
  let clockNow = new Date();
  const clock: Clock = { now: () => clockNow };

  const call = (method: string, path: string, body?: unknown, token = platform.staff) => platform.gateway.request(method, path, { token, body });
  const app = () => platform.gateway.backends[2]!.service.app;
  const mine = async (who: keyof typeof ids) => (await call('GET', `/v1/me/applications/${ids[who]}`, undefined, tokens[who])).body;
  const events = async (type: string) =>
    (await platform.db.outboxEvent.findMany({ where: { type }, orderBy: { seq: 'asc' } })).map((row) => (row.payload as { data: Record<string, unknown> }).data);
  const release = () =>
    new ReleaseDueDecisionsHandler(app().get(DATABASE), app().get(ApplicationCommandRunner), app().get(ApplicationRepository), clock, { OFFER_RESPONSE_HOURS: 48 }).execute();
  const lapse = () => new LapseDueOffersHandler(app().get(DATABASE), app().get(ApplicationCommandRunner), app().get(PlacePromoter), clock).execute();

  async function submit(who: keyof typeof ids, score: number) {
    tokens[who] = await platform.gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    await call('PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN, givenName: who.toUpperCase() }), tokens[who]);
    const created = await call('POST', '/v1/me/applications', { season: SEASON, choices: [{ exchangeProgramId: program }] }, tokens[who]);
    expect((await call('POST', `/v1/me/applications/${created.body.id}/submission`, undefined, tokens[who])).status).toBe(200);
    ids[who] = created.body.id;
    await writeScoredReading(platform, { applicationId: ids[who], exchangeProgramId: program, score });
  }

  beforeAll(async () => {
    platform = await startApplicationsPlatform();
    const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    program = await publishProgram(
      platform,
      programFields({ title: 'One place', capacity: { member: 1, partner: 0 }, direction: 'to_partner', decisionReleaseAt: at(70), offerResponseDeadline: at(80) }),
    );
    await waitForKnownProgram(platform, program, (row) => row.windowOpen);
    // The program ranks x > y > z > w (the readings are written directly: the review has its own tests).
    await submit('x', 5);
    await submit('y', 4);
    await submit('z', 3);
    await submit('w', 2);
    tokens.host = await platform.gateway.tokenFor([{ role: 'partner-contact', scopeIds: [PARTNER_CITY] }]);
    tokens.otherHost = await platform.gateway.tokenFor([{ role: 'partner-contact', scopeIds: ['gn:990000399'] }]);
    const committed = await call('POST', '/v1/manage/matching-runs', { season: SEASON, mode: 'commit', seed: 'decisions' });
    expect(committed.status).toBe(201);
  }, 180_000);
  afterAll(() => platform?.gateway.stop());

  it('releases nothing before the decision date, then each decision once, with the offer and the nomination', async () => {
    clockNow = new Date(Date.now() + 69 * DAY);
    expect(await release()).toBe(0);
    expect((await mine('x')).decision).toBeNull();
    expect((await mine('x')).status).toBe('submitted');

    clockNow = new Date(Date.now() + 71 * DAY);
    expect(await release()).toBe(4);
    expect(await release()).toBe(0);
    const x = await mine('x');
    expect(x).toMatchObject({ status: 'accepted', decision: { outcome: 'accepted', placement: { exchangeProgramId: program, title: 'One place', offer: 'open', nomination: 'pending' } } });
    expect((await mine('y')).decision).toMatchObject({ outcome: 'waitlisted', placement: null, waitlists: [{ exchangeProgramId: program, position: 1 }] });
    expect((await mine('z')).decision.waitlists).toEqual([expect.objectContaining({ position: 2 })]);
    expect((await mine('w')).decision).toMatchObject({
      outcome: 'waitlisted',
      explanations: [{ exchangeProgramId: program, choiceRank: 1, explanation: { kind: 'full', yourRank: 4, lowestAdmittedRank: 1, decidedBy: 'score', waitlistPosition: 3 } }],
    });
    expect(await events('application.decision-released.v1')).toHaveLength(4);
    expect(await events('application.offer-made.v1')).toEqual([expect.objectContaining({ applicationId: ids.x, promoted: false })]);
    expect(await events('nomination.requested.v1')).toEqual([expect.objectContaining({ applicationId: ids.x, hostSide: 'partner', hostCityId: PARTNER_CITY })]);
  });

  it('a host’s refusal frees the place for the next on the waitlist at once; another city’s contact reaches nothing', async () => {
    const listed = await call('GET', '/v1/nominations', undefined, tokens.host);
    expect(listed.body.items).toEqual([expect.objectContaining({ applicationId: ids.x, status: 'pending', participant: expect.objectContaining({ givenName: 'X' }) })]);
    expect((await call('GET', '/v1/nominations', undefined, tokens.otherHost)).body.items).toEqual([]);
    const foreign = await call('POST', `/v1/nominations/${ids.x}/refusal`, { reason: 'No host family' }, tokens.otherHost);
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'NOMINATION.NOT_FOUND' });

    const refused = await call('POST', `/v1/nominations/${ids.x}/refusal`, { reason: 'No host family' }, tokens.host);
    expect(refused.body).toMatchObject({ status: 'refused', reason: 'No host family' });
    expect(await mine('x')).toMatchObject({ status: 'not_accepted', decision: { placement: null } });
    expect(await mine('y')).toMatchObject({ status: 'accepted', decision: { placement: { exchangeProgramId: program, offer: 'open' }, waitlists: [] } });
    expect((await mine('z')).decision.waitlists).toEqual([expect.objectContaining({ position: 1 })]);
    expect(await events('application.offer-made.v1')).toEqual([expect.objectContaining({ applicationId: ids.x }), expect.objectContaining({ applicationId: ids.y, promoted: true })]);
    const again = await call('POST', `/v1/nominations/${ids.x}/acceptance`, undefined, tokens.host);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'NOMINATION.ALREADY_DECIDED' });
  });

  it('an offer left unanswered lapses once and the place moves on; an answered one is confirmed with the host’s acceptance', async () => {
    clockNow = new Date(Date.now() + 8 * DAY); // past y's promotion deadline (OFFER_RESPONSE_HOURS, 7 days by default)
    // Two replicas ticking at once: the offer lapses once, and the place moves on once.
    const [one, other] = await Promise.all([lapse(), lapse()]);
    expect(one + other).toBe(1);
    expect(await lapse()).toBe(0);
    expect(await events('application.offer-lapsed.v1')).toHaveLength(1);
    expect((await events('application.offer-made.v1')).filter((data) => data.applicationId === ids.z)).toHaveLength(1);
    expect(await mine('y')).toMatchObject({ status: 'offer_lapsed', decision: { placement: null } });
    expect(await mine('z')).toMatchObject({ status: 'accepted', decision: { placement: { offer: 'open' } } });

    // Two acceptances at once: one is taken, the other finds no open offer.
    const answers = await Promise.all([1, 2].map(() => call('POST', `/v1/me/applications/${ids.z}/offer/acceptance`, undefined, tokens.z)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)!.body.code).toBe('APPLICATION.NO_OFFER');
    expect(await mine('z')).toMatchObject({ status: 'offer_accepted', decision: { placement: { offer: 'accepted', nomination: 'pending' } } });
    expect(await events('application.offer-accepted.v1')).toHaveLength(1);
    expect((await call('POST', `/v1/nominations/${ids.z}/acceptance`, undefined, tokens.host)).body.status).toBe('accepted');
    expect(await mine('z')).toMatchObject({ status: 'confirmed', decision: { placement: { offer: 'accepted', nomination: 'accepted' } } });
    expect(await events('application.confirmed.v1')).toEqual([expect.objectContaining({ applicationId: ids.z })]);
  });

  it('a withdrawal frees the place for the next; a decline leaves it empty when nobody waits', async () => {
    const withdrawn = await call('POST', `/v1/me/applications/${ids.z}/withdrawal`, { reason: 'Broke my leg' }, tokens.z);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: 'Broke my leg' });
    expect(await mine('w')).toMatchObject({ status: 'accepted', decision: { placement: { offer: 'open' } } });
    const declined = await call('POST', `/v1/me/applications/${ids.w}/offer/decline`, { reason: 'Other plans' }, tokens.w);
    expect(declined.body).toMatchObject({ status: 'offer_declined', decision: { placement: null } });
    const held = await platform.db.application.count({ where: { placedProgramId: program, status: { not: 'withdrawn' } } });
    expect(held).toBe(0);
    expect((await events('application.offer-declined.v1')).map((data) => data.reason)).toEqual(['Other plans']);
  });
});
