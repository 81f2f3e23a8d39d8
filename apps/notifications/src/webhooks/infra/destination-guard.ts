import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '@scn/platform';
import { lookup } from 'node:dns/promises';
import type { NotificationsConfig } from '../../config';
import { hostOf, refusedAddressRange } from '../domain/address-policy';
import type { DestinationVerdict } from '../domain/destination-verdict';

/** Resolves every address of a host (both families), as the HTTP client may use any of them. */
export type HostResolver = (host: string) => Promise<string[]>;

export const HOST_RESOLVER = Symbol('HOST_RESOLVER');
export const systemHostResolver: HostResolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Where webhooks may go. Everywhere: http(s) URLs without credentials. In production
 * only https://, and only hosts whose every address is public unicast — checked when an
 * endpoint is saved and again before each delivery, so a name that later resolves to an
 * inside address (DNS rebinding) is refused at send time too.
 */
@Injectable()
export class DestinationGuard {
  private readonly production: boolean;

  constructor(
    @Inject(CONFIG) config: Pick<NotificationsConfig, 'NODE_ENV'>,
    @Inject(HOST_RESOLVER) private readonly resolve: HostResolver,
  ) {
    this.production = config.NODE_ENV === 'production';
  }

  /** The URL's own rules, without DNS. */
  checkUrl(raw: string): DestinationVerdict {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, kind: 'invalid-url', message: 'is not a URL', params: { problem: 'not_url' } };
    }
    const allowed = this.production ? ['https:'] : ['https:', 'http:'];
    if (!allowed.includes(url.protocol)) {
      return {
        ok: false,
        kind: 'invalid-url',
        message: this.production ? 'must be https:// in production' : 'must be http:// or https://',
        params: { problem: 'scheme', httpsOnly: this.production },
      };
    }
    // Credentials in a URL end up in logs and in the endpoint list: the signature authenticates instead.
    if (url.username || url.password) return { ok: false, kind: 'invalid-url', message: 'must not contain a user name or password', params: { problem: 'credentials' } };
    return { ok: true };
  }

  /** The URL's rules, then (in production) every address its host resolves to. */
  async check(raw: string): Promise<DestinationVerdict> {
    const verdict = this.checkUrl(raw);
    if (!verdict.ok || !this.production) return verdict;
    const host = hostOf(new URL(raw));
    let addresses: string[];
    try {
      addresses = await this.resolve(host);
    } catch (error) {
      return { ok: false, kind: 'unresolvable', message: `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? String(error)})`, params: { host } };
    }
    if (!addresses.length) return { ok: false, kind: 'unresolvable', message: `${host} resolves to no address`, params: { host } };
    for (const address of addresses) {
      const range = refusedAddressRange(address);
      if (range) {
        return { ok: false, kind: 'address-refused', message: `${host} resolves to ${address} (${range}): only public addresses receive webhooks`, params: { host, address } };
      }
    }
    return { ok: true };
  }
}
