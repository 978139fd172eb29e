import type { Request } from 'express';
import ipaddr from 'ipaddr.js';

/**
 * The client a request comes from, as sign-in counts it: Express's `request.ip` (which follows X-Forwarded-For
 * only through the proxies `TRUST_PROXY` names), an IPv4-mapped address as plain IPv4, and an IPv6 address by its
 * /64, since one host is routinely given a whole /64 to pick addresses from.
 */
export function clientAddress(request: Request): string {
  const ip = request.ip ?? request.socket.remoteAddress ?? 'unknown';
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  return `${address.toNormalizedString().split(':').slice(0, 4).join(':')}::/64`;
}
