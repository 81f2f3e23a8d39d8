import { FAULT_ADMIN } from './fault-platform';

// Traffic through the gateway's public API only, as staff would make it: member programs
// with contacts, partnerships proposed and approved on both sides (each a chain of events
// the exchanges and notifications services act on, and emails and webhooks to the
// contacts), announcements to the whole network. Requests that fail while a fault lasts
// are counted, not retried: what was produced is read from the services' outboxes.

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export interface LoadTally {
  /** Requests answered 2xx. */
  accepted: number;
  /** Requests refused or unanswered (a fault in progress): their chain stops there. */
  failed: number;
}

export class NetworkLoad {
  readonly tally: LoadTally = { accepted: 0, failed: 0 };
  private cityCursor = 0;

  private constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly memberCities: string[],
    private readonly partnerCities: string[],
  ) {}

  static async connect(url: string): Promise<NetworkLoad> {
    const login = await request(url, 'POST', '/v1/auth/login', null, FAULT_ADMIN);
    if (login.status !== 200) throw new Error(`staff sign-in: ${login.status} ${JSON.stringify(login.body)}`);
    const token = String(login.body['accessToken']);
    const cities = async (country: string) => {
      const page = await request(url, 'GET', `/v1/cities?country=${country}&limit=100`, token);
      return ((page.body['items'] as Array<{ id: string }> | undefined) ?? []).map((city) => city.id);
    };
    return new NetworkLoad(url, token, await cities('US'), await cities('FR'));
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
    for (const side of ['member', 'partner']) {
      const approval = { version: 1, termsHash, side, signatoryName: 'Mayor', signatoryOffice: 'Mayor', signedOn: '2026-03-01' };
      const approved = await this.call('POST', `/v1/partnerships/${String(proposed.body['id'])}/approvals`, approval);
      if (approved.status !== 200) return;
    }
  }

  private async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await request(this.url, method, path, this.token, body).catch(() => ({ status: 0, body: {} }));
    if (answer.status >= 200 && answer.status < 300) this.tally.accepted++;
    else this.tally.failed++;
    return answer;
  }
}

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
