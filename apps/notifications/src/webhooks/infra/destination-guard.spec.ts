import { DestinationGuard, type HostResolver } from './destination-guard';

const resolverOf =
  (table: Record<string, string[]>): HostResolver =>
  async (host) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses;
  };

const DNS = resolverOf({
  'hooks.example.org': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  'rebind.example.org': ['93.184.216.34', '127.0.0.1'],
  'metadata.example.org': ['169.254.169.254'],
  localhost: ['127.0.0.1', '::1'],
});

describe(DestinationGuard.name, () => {
  describe('in production', () => {
    const guard = new DestinationGuard({ NODE_ENV: 'production' }, DNS);

    it('accepts an https URL whose host resolves to public addresses only', async () => {
      await expect(guard.check('https://hooks.example.org/scn')).resolves.toEqual({ ok: true });
    });

    it('refuses http://', async () => {
      await expect(guard.check('http://hooks.example.org/scn')).resolves.toMatchObject({ ok: false, kind: 'invalid-url', params: { problem: 'scheme', httpsOnly: true } });
    });

    it('refuses a host of which any address is inside', async () => {
      await expect(guard.check('https://rebind.example.org/')).resolves.toMatchObject({ ok: false, kind: 'address-refused' });
      await expect(guard.check('https://metadata.example.org/')).resolves.toMatchObject({ ok: false, kind: 'address-refused' });
      await expect(guard.check('https://localhost:8443/')).resolves.toMatchObject({ ok: false, kind: 'address-refused' });
    });

    it('refuses IP literals of inside addresses without asking DNS', async () => {
      const guardWithoutDns = new DestinationGuard({ NODE_ENV: 'production' }, async (host) => [host]);
      await expect(guardWithoutDns.check('https://[::1]/')).resolves.toMatchObject({ kind: 'address-refused' });
      await expect(guardWithoutDns.check('https://[::ffff:127.0.0.1]/')).resolves.toMatchObject({ kind: 'address-refused' });
      await expect(guardWithoutDns.check('https://10.0.0.8/')).resolves.toMatchObject({ kind: 'address-refused' });
      await expect(guardWithoutDns.check('https://8.8.8.8/')).resolves.toEqual({ ok: true });
    });

    it('reports a host that does not resolve', async () => {
      await expect(guard.check('https://nowhere.example.org/')).resolves.toMatchObject({ ok: false, kind: 'unresolvable', params: { host: 'nowhere.example.org' } });
    });
  });

  describe('outside production', () => {
    const guard = new DestinationGuard({ NODE_ENV: 'development' }, DNS);

    it('allows http:// and loopback (local receivers), and asks no DNS', async () => {
      const noDns = new DestinationGuard({ NODE_ENV: 'test' }, () => Promise.reject(new Error('no DNS in tests')));
      await expect(noDns.check('http://127.0.0.1:9999/hook')).resolves.toEqual({ ok: true });
      await expect(guard.check('http://localhost/hook')).resolves.toEqual({ ok: true });
    });

    it('still refuses other schemes and credentials in the URL', async () => {
      await expect(guard.check('ftp://hooks.example.org/')).resolves.toMatchObject({ ok: false, kind: 'invalid-url', params: { problem: 'scheme', httpsOnly: false } });
      await expect(guard.check('https://user:secret@hooks.example.org/')).resolves.toMatchObject({ ok: false, kind: 'invalid-url', params: { problem: 'credentials' } });
      await expect(guard.check('not a url')).resolves.toMatchObject({ ok: false, kind: 'invalid-url', params: { problem: 'not_url' } });
    });
  });
});
