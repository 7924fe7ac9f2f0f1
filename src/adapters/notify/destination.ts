import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** An address a notification may be sent to, checked after DNS resolution (the one the socket will use). */
export interface CheckedDestination {
  readonly url: URL;
  readonly address: string;
  readonly family: 4 | 6;
}

/** Why a destination is refused: never sent to, the delivery fails with this. */
export class DestinationRefused extends Error {
  override readonly name = 'DestinationRefused';
}

/**
 * Whether an address is one notifications may reach: public unicast only — loopback, private, link-local (cloud
 * metadata at 169.254.169.254), multicast, unspecified, reserved, and their IPv6 forms (IPv4-mapped included) are
 * refused unless an allowlist CIDR (`VIGIL_NOTIFY_ALLOW`) covers the address.
 */
export function addressAllowed(address: string, allow: readonly string[]): boolean {
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  for (const cidr of allow) {
    const [range, bits] = ipaddr.parseCIDR(cidr);
    if (range.kind() === parsed.kind() && parsed.match(range, bits)) return true;
  }
  return parsed.range() === 'unicast';
}

/** Checks an allowlist: each entry a CIDR or a single address. @throws Error naming the bad entry. */
export function parseAllowlist(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const cidr = entry.includes('/')
        ? entry
        : `${entry}/${ipaddr.parse(entry).kind() === 'ipv4' ? 32 : 128}`;
      ipaddr.parseCIDR(cidr); // throws on a bad entry
      return cidr;
    });
}

/**
 * Resolves a destination and checks every address it resolves to (a name resolving to one private address among
 * public ones is refused), returning the first: the request connects to that address, so a second resolution
 * cannot swap it (DNS rebinding). @throws DestinationRefused
 */
export async function checkDestination(
  text: string,
  allow: readonly string[],
  resolve: (host: string) => Promise<{ address: string; family: number }[]> = (host) =>
    lookup(host, { all: true, verbatim: true }),
): Promise<CheckedDestination> {
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DestinationRefused(`${url.protocol} is not http or https`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv4' ? 4 : 6 }]
    : await resolve(host).catch((error: unknown) => {
        throw new DestinationRefused(`${host} does not resolve (${(error as Error).message})`);
      });
  if (addresses.length === 0) throw new DestinationRefused(`${host} does not resolve`);
  for (const a of addresses)
    if (!addressAllowed(a.address, allow))
      throw new DestinationRefused(
        `${host} resolves to ${a.address}, a ${ipaddr.parse(a.address).range()} address: refused (VIGIL_NOTIFY_ALLOW may allow it)`,
      );
  const first = addresses[0] as { address: string; family: number };
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
