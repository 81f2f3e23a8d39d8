import { hostOf, refusedAddressRange } from './address-policy';

describe(refusedAddressRange.name, () => {
  it.each([
    ['10.0.0.1', 'private'],
    ['10.255.255.254', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.10', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456:789a::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['ff02::1', 'multicast'],
    // IPv4-mapped IPv6 is judged as the IPv4 address it carries.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    // IPv4-compatible (deprecated) and NAT64 forms of inside addresses.
    ['::127.0.0.1', 'loopback'],
    ['::a00:1', 'ipv4Compatible'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['not an address', 'invalid'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedAddressRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '93.184.216.34', '100.63.255.255', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80e::200e', '::ffff:8.8.4.4'])(
    'allows the public address %s',
    (address) => {
      expect(refusedAddressRange(address)).toBeNull();
    },
  );
});

describe(hostOf.name, () => {
  it('drops the brackets of IPv6 literals and keeps names as they are', () => {
    expect(hostOf(new URL('https://[::1]:8443/hook'))).toBe('::1');
    expect(hostOf(new URL('https://hooks.example.org/x'))).toBe('hooks.example.org');
    // WHATWG URL parsing normalises odd IPv4 spellings before any check sees them.
    expect(hostOf(new URL('http://0x7f.1/'))).toBe('127.0.0.1');
  });
});
