/**
 * `domain.nameservers` entries: an IP address with an optional port, the forms `dig @` users know
 * and node:dns `setServers` takes: `1.1.1.1`, `127.0.0.1:5353`, `2606:4700::1111`, `[::1]:53`.
 */
import { isIPv4, isIPv6 } from 'node:net';

export interface Nameserver {
  address: string;
  port: number;
}

/** The parsed entry, or why it is not one (for the config's located error). */
export function parseNameserver(text: string): Nameserver | { problem: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const withPort = /^([^:]+):(\d+)$/.exec(text);
  const [address, port] = bracketed ? [bracketed[1]!, bracketed[2]] : withPort ? [withPort[1]!, withPort[2]] : [text, undefined];
  if (bracketed ? !isIPv6(address) : !isIPv4(address) && !isIPv6(address)) {
    return { problem: 'expected an IP address with an optional port, like 1.1.1.1, 127.0.0.1:5353 or [::1]:53' };
  }
  const number = port === undefined ? 53 : Number(port);
  if (!Number.isInteger(number) || number < 1 || number > 65_535) return { problem: `port ${port} is out of range; expected 1-65535` };
  return { address, port: number };
}

/** The form node:dns `setServers` takes. */
export function formatNameserver(server: Nameserver): string {
  if (server.port === 53) return server.address;
  return isIPv6(server.address) ? `[${server.address}]:${server.port}` : `${server.address}:${server.port}`;
}
