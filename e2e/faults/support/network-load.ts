import type { SmtpSink } from '../../../apps/notifications/test/support/smtp-sink';
import { FAULT_ADMIN } from './fault-platform';

// Traffic through the gateway's public API only, as staff and applicants would make it:
// member programs with contacts, partnerships proposed and approved on both sides (each a
// chain of events the exchanges and notifications services act on, and emails and webhooks
// to the contacts); on every third partnership an exchange program created and published,
// and an applicant who registers, verifies their email, follows the program and submits an
// application to it (events of the exchanges and applications services; the program's
// last-day reminder falls due 30 s later and tells the follower); announcements to the
// whole network.
// Requests that fail while a fault lasts are counted, not retried — except a 503, which
// says "retry shortly" and is tried again a few times: what was produced is read from the
// services' outboxes.

/** One partnership in this many goes on to an exchange program and an application. */
const PROGRAM_EVERY = 3;
/** How long a step waits for a service to learn what an earlier step did (its events). */
const LEARN_TIMEOUT_MS = 60_000;
const DAY_MS = 86_400_000;
/** How soon after its program is created the program's last-day reminder falls due. */
const REMINDER_DUE_IN_MS = 30_000;
const APPLICANT_PASSWORD = 'fault-applicant-password-0123';
/** Tries after a 503 before a chain gives up (a database connection cut is over within seconds). */
const UNAVAILABLE_RETRIES = 3;

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export interface LoadTally {
  /** Requests answered 2xx. */
  accepted: number;
  /** Requests refused or unanswered (a fault in progress): their chain stops there. */
  failed: number;
  /** The last few refusals, `POST /v1/me/applications → 422 Title`: why a chain stopped. */
  refusals: string[];
}

export class NetworkLoad {
  readonly tally: LoadTally = { accepted: 0, failed: 0, refusals: [] };
  private cityCursor = 0;

  private constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly memberCities: string[],
    private readonly partnerCities: string[],
    private readonly mail: SmtpSink,
  ) {}

  /** Signs staff in at `url`; `mail` is where the applicants' verification links arrive. */
  static async connect(url: string, mail: SmtpSink): Promise<NetworkLoad> {
    const login = await request(url, 'POST', '/v1/auth/login', null, FAULT_ADMIN);
    if (login.status !== 200) throw new Error(`staff sign-in: ${login.status} ${JSON.stringify(login.body)}`);
    const token = String(login.body['accessToken']);
    const cities = async (country: string) => {
      const page = await request(url, 'GET', `/v1/cities?country=${country}&limit=100`, token);
      return ((page.body['items'] as Array<{ id: string }> | undefined) ?? []).map((city) => city.id);
    };
    return new NetworkLoad(url, token, await cities('US'), await cities('FR'), mail);
  }

  /** A network webhook endpoint: it receives the announcements and the partnership news. */
  async addWebhookEndpoint(target: string): Promise<string> {
    const created = await this.call('POST', '/v1/webhook-endpoints', { url: target, description: 'fault suite receiver' });
    if (created.status !== 201) throw new Error(`webhook endpoint: ${created.status} ${JSON.stringify(created.body)}`);
    return String(created.body['id']);
  }

  /**
   * `count` member programs, each with a partnership proposed to a French city and approved
   * by both sides; `concurrency` chains at a time.
   */
  async growNetwork(label: string, count: number, concurrency = 4): Promise<void> {
    const chains = Array.from({ length: count }, (_, i) => i);
    const worker = async () => {
      for (let next = chains.shift(); next !== undefined; next = chains.shift()) await this.partnershipChain(`${label}-${next}`);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  async announce(label: string): Promise<number> {
    const sent = await this.call('POST', '/v1/announcements', { title: `Fault suite ${label}`, body: `Announcement ${label} to the whole network.` });
    return sent.status === 202 ? Number(sent.body['notifications']) : 0;
  }

  private async partnershipChain(label: string): Promise<void> {
    const index = this.cityCursor++;
    const memberCity = this.memberCities[index % this.memberCities.length];
    const partnerCity = this.partnerCities[index % this.partnerCities.length];
    const contact = (who: string) => ({ name: `${who} ${label}`, email: `${who}-${label}@load.test`, language: 'en' });
    const program = await this.call('POST', '/v1/member-programs', {
      name: `Fault suite program ${label}`,
      cityId: memberCity,
      contacts: [contact('chair'), contact('secretary')],
      duesPaidThrough: 2030,
    });
    if (program.status !== 201) return;
    const terms = { title: `Friendship ${label}`, kind: 'sister_city', focusAreas: ['youth-education'], text: `Terms of ${label}.` };
    const proposed = await this.call('POST', '/v1/partnerships', {
      memberProgramId: program.body['id'],
      partnerCityId: partnerCity,
      terms,
      partnerContacts: [contact('mayor-office')],
    });
    if (proposed.status !== 201) return;
    const termsHash = (proposed.body['versions'] as Array<{ termsHash: string }>)[0]?.termsHash;
    const partnershipId = String(proposed.body['id']);
    for (const side of ['member', 'partner']) {
      const approval = { version: 1, termsHash, side, signatoryName: 'Mayor', signatoryOffice: 'Mayor', signedOn: '2026-03-01' };
      const approved = await this.call('POST', `/v1/partnerships/${partnershipId}/approvals`, approval);
      if (approved.status !== 200) return;
    }
    if (index % PROGRAM_EVERY === 0 && memberCity) await this.programChain(label, partnershipId, memberCity);
  }

  /** An exchange program of the partnership, published; then one applicant's application to it, submitted. */
  private async programChain(label: string, partnershipId: string, memberCity: string): Promise<void> {
    // The exchanges service learns the partnership from its events: until then it answers 404.
    const created = await this.untilKnown('POST', '/v1/manage/exchange-programs', programFields(label, partnershipId));
    if (created.status !== 201) return;
    const programId = String(created.body['id']);
    if ((await this.call('POST', `/v1/manage/exchange-programs/${programId}/publish`)).status !== 200) return;
    const email = `applicant-${label}@load.test`;
    const registered = await this.call('POST', '/v1/auth/register', { displayName: `Applicant ${label}`, email, password: APPLICANT_PASSWORD });
    if (registered.status !== 202) return;
    const token = await this.emailedToken(email, 'verify-email');
    if (!token || (await this.call('POST', '/v1/auth/verify-email', { token }, null)).status !== 200) return;
    const login = await this.call('POST', '/v1/auth/login', { email, password: APPLICANT_PASSWORD }, null);
    if (login.status !== 200) return;
    const applicant = String(login.body['accessToken']);
    const profile = {
      givenName: 'Applicant',
      familyName: label,
      birthDate: '2004-05-01',
      homeCityId: memberCity,
      homeCountryCode: 'US',
      languages: [{ language: 'en', level: 'B2' }],
      emergencyContact: { name: 'Parent', relationship: 'parent', phone: '+1 404 555 0100' },
    };
    if ((await this.call('PUT', '/v1/me/applicant-profile', profile, applicant)).status !== 200) return;
    // Following the program: the window-closing reminder has someone to tell.
    await this.untilKnown('PUT', `/v1/exchange-programs/${programId}/interest`, undefined, applicant);
    // The applications service learns the program (and its open window) from events: 404 or 409 until then.
    const application = await this.untilKnown('POST', '/v1/me/applications', { season: 2027, choices: [{ exchangeProgramId: programId }] }, applicant);
    if (application.status !== 201) return;
    await this.call('POST', `/v1/me/applications/${String(application.body['id'])}/submission`, undefined, applicant);
  }

  /** The token of the newest link to `page` emailed to `address`, or null when none came in time. */
  private async emailedToken(address: string, page: string): Promise<string | null> {
    const link = new RegExp(`/${page}\\?token=([\\w-]+)`);
    const deadline = Date.now() + LEARN_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const token = this.mail.to(address).at(-1)?.part('text/plain')?.match(link)?.[1];
      if (token) return token;
      await sleep(200);
    }
    return null;
  }

  /**
   * Sends until the answer is no longer "not known yet" (404, 409, or the applications
   * service's 400 APPLICATION.PROGRAM_UNKNOWN for a choice it has not learnt of), within
   * LEARN_TIMEOUT_MS; counts the last answer only.
   */
  private async untilKnown(method: string, path: string, body: unknown, token: string | null = this.token): Promise<Answer> {
    const deadline = Date.now() + LEARN_TIMEOUT_MS;
    for (;;) {
      const answer = await request(this.url, method, path, token, body).catch(unanswered);
      if (!notKnownYet(answer) || Date.now() > deadline) return this.counted(`${method} ${path}`, answer);
      await sleep(250);
    }
  }

  /** One request; a 503 (the service could not reach its database: retry) is tried again a few times, as a client would. */
  private async call(method: string, path: string, body?: unknown, token: string | null = this.token): Promise<Answer> {
    let answer = await request(this.url, method, path, token, body).catch(unanswered);
    for (let retry = 0; answer.status === 503 && retry < UNAVAILABLE_RETRIES; retry++) {
      await sleep(1_000);
      answer = await request(this.url, method, path, token, body).catch(unanswered);
    }
    return this.counted(`${method} ${path}`, answer);
  }

  private counted(call: string, answer: Answer): Answer {
    if (answer.status >= 200 && answer.status < 300) {
      this.tally.accepted++;
      return answer;
    }
    this.tally.failed++;
    const why = answer.body['code'] ?? answer.body['title'] ?? answer.body['error'] ?? '';
    this.tally.refusals = [...this.tally.refusals, `${call.replace(/[0-9a-f-]{36}/g, '{id}')} → ${answer.status} ${String(why)}`].slice(-10);
    return answer;
  }
}

/** A youth exchange of the partnership, its application window open since yesterday and closing a day and 30 s from now. */
function programFields(label: string, partnershipId: string) {
  return {
    partnershipId,
    season: 2027,
    category: 'youth-education',
    title: `Fault suite exchange ${label}`,
    description: 'Two weeks with a host family.',
    languages: ['en', 'fr'],
    direction: 'reciprocal',
    travelStart: '2027-07-01',
    travelEnd: '2027-07-15',
    applicationOpensAt: new Date(Date.now() - DAY_MS).toISOString(),
    // Its window-closing-1d reminder falls due within a minute: it fires during the scenario.
    applicationClosesAt: new Date(Date.now() + DAY_MS + REMINDER_DUE_IN_MS).toISOString(),
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    capacity: { member: 3, partner: 3 },
    costs: { amount: 300, currency: 'EUR', covers: ['travel'] },
    eligibility: { minAge: 16, maxAge: 30, residence: 'any', languages: ['en'], requiredDocuments: [], maxApplicationsPerSeason: 1 },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An answer that says a service has not yet learnt, from the events, what an earlier step made. */
const notKnownYet = (answer: Answer): boolean =>
  answer.status === 404 || answer.status === 409 || answer.body['code'] === 'APPLICATION.PROGRAM_UNKNOWN';

/** A request the gateway did not answer (a fault in progress). */
const unanswered = (error: unknown): Answer => ({ status: 0, body: { error: error instanceof Error ? error.message : String(error) } });

async function request(url: string, method: string, path: string, token: string | null, body?: unknown): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
