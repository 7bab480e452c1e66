import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupAllOptions } from 'node:dns';

/**
 * The SSRF guard: a URL that arrives from outside (the API, a feed's link)
 * may not make dyadwatch connect to loopback, private, link-local, carrier
 * NAT, multicast or cloud-metadata addresses, unless the operator names the
 * address or range under `allow_hosts`. It is applied after DNS resolution
 * (a public name resolving to 127.0.0.1 is refused) by the connection's own
 * lookup, so every redirect hop and every reconnect is checked, and DNS
 * rebinding between check and connect is impossible.
 */

/** Ranges no fetched URL may reach by default. */
const FORBIDDEN: [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'], ['10.0.0.0', 8, 'ipv4'], ['100.64.0.0', 10, 'ipv4'], ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'], ['224.0.0.0', 4, 'ipv4'], ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'], ['::1', 128, 'ipv6'], ['fc00::', 7, 'ipv6'], ['fe80::', 10, 'ipv6'], ['ff00::', 8, 'ipv6'],
  // NAT64 and 6to4 can wrap any IPv4 address, private ones included.
  ['64:ff9b::', 96, 'ipv6'], ['2002::', 16, 'ipv6'],
];

/** What the guard allows and refuses; built once per follow run or server. */
export interface Guard {
  /** null when the address may be reached, else why not. */
  refuse(address: string): string | null;
  /** A dns.lookup replacement for sockets: resolves, then refuses forbidden addresses. */
  lookup: typeof dnsLookup;
}

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is its IPv4 address. */
function unmap(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/**
 * Parses `allow_hosts` entries: an address ("127.0.0.1", "::1") or a range
 * in CIDR form ("10.1.0.0/16"). Returns the list of entries it could not read.
 */
function allowList(entries: readonly string[]): { list: BlockList; bad: string[] } {
  const list = new BlockList();
  const bad: string[] = [];
  for (const raw of entries) {
    const [addr = '', bits] = raw.trim().split('/');
    const family = isIP(addr);
    if (family === 0) {
      bad.push(raw);
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(addr, type);
    else if (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)) list.addSubnet(addr, Number(bits), type);
    else bad.push(raw);
  }
  return { list, bad };
}

/** Entries of `allow_hosts` that are neither an IP address nor a CIDR range. */
export function invalidAllowEntries(entries: readonly string[]): string[] {
  return allowList(entries).bad;
}

/** Builds the guard for a list of allowed addresses and ranges (see allowList). */
export function createGuard(allowHosts: readonly string[] = []): Guard {
  const forbidden = new BlockList();
  for (const [a, bits, type] of FORBIDDEN) forbidden.addSubnet(a, bits, type);
  const allowed = allowList(allowHosts).list;
  const refuse = (address: string): string | null => {
    const a = unmap(address);
    const type = isIP(a) === 6 ? 'ipv6' : 'ipv4';
    if (isIP(a) === 0) return `"${address}" is not an IP address`;
    if (allowed.check(a, type)) return null;
    return forbidden.check(a, type) ? `${a} is a loopback, private, link-local or reserved address` : null;
  };
  const lookup = ((hostname: string, options: unknown, callback: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (
      err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
    const opts = (typeof options === 'object' && options !== null ? options : {}) as { family?: number; all?: boolean };
    dnsLookup(hostname, { ...opts, all: true } as LookupAllOptions, (err, addresses) => {
      if (err) return cb(err, '');
      // Refuse if ANY address is forbidden: the socket may pick any of them.
      for (const a of addresses) {
        const why = refuse(a.address);
        if (why) return cb(Object.assign(new Error(`${hostname} resolves to ${why}`), { code: 'EDWSSRF' }), '');
      }
      if (opts.all) return cb(null, addresses);
      const first = addresses[0];
      if (!first) return cb(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      cb(null, first.address, first.family);
    });
  }) as typeof dnsLookup;
  return { refuse, lookup };
}

/**
 * Checks what can be checked before connecting: the scheme (http and https
 * only: no file:, ftp:, data:), credentials in the URL, and a host written
 * as an IP literal (sockets skip the lookup for those). null when fine.
 */
export function refuseUrl(guard: Guard, url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol} is not http or https`;
  if (url.username || url.password) return 'credentials in the URL';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return guard.refuse(host);
  if (host === 'localhost' || host.endsWith('.localhost')) return guard.refuse('127.0.0.1');
  return null;
}

/**
 * Checks a URL that arrives through the API before it is stored as a source:
 * refuseUrl, then every address its host resolves to now. (The fetch checks
 * again on connect; this gives the caller a clear answer at once.)
 */
export async function refuseSourceUrl(guard: Guard, raw: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  const early = refuseUrl(guard, url);
  if (early) return early;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return null;
  return new Promise((resolve) => {
    guard.lookup(host, { all: true }, (err) => resolve(err ? err.message : null));
  });
}
