import ipaddr from 'ipaddr.js';

// Which IP addresses a webhook may be sent to in production: public unicast only. A
// partner city's URL must never make the service call into its own network (SSRF): cloud
// metadata (169.254.169.254), loopback admin ports, the database, Redis.

/** `::/96`: IPv4-compatible IPv6 (deprecated), which ipaddr.js counts as unicast. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/**
 * Why an address is refused (its range: `private`, `loopback`, `linkLocal`,
 * `uniqueLocal`, `carrierGradeNat`, `multicast`, `unspecified`, `reserved`…), or null for
 * a public unicast address. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4
 * address it maps to. Anything that does not parse is refused.
 */
export function refusedAddressRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== 'unicast') return range;
  return parsed.kind() === 'ipv6' && parsed.match(IPV4_COMPATIBLE) ? 'ipv4Compatible' : null;
}

/** A URL's host as DNS or an IP parser wants it: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}
