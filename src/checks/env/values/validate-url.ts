/**
 * `url` and `https-url` values, parsed the way Node's `fetch` and `new URL()` parse them (the WHATWG
 * URL Standard). A scheme is required; the special schemes (http, https, ws, wss, ftp) also need a
 * host, which WHATWG enforces. Other schemes may leave it empty, as database URLs do
 * (`postgres:///db?host=/var/run/postgresql` is a Unix socket), and need no `//` at all
 * (Prisma's `file:./dev.db`).
 */
import type { EnvVarSpec } from '../../../config/config-types.js';
import { invalid, valid, type ValueVerdict } from './value-verdict.js';

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** https://url.spec.whatwg.org/#special-scheme (file aside, which may have an empty host). */
const SPECIAL_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp']);

/**
 * Validates a URL; `https-url` also requires the https scheme, and `spec.protocols` (schemes
 * without `://`, any case) restricts the scheme for both types. http(s), ws(s) and ftp URLs are
 * normalized to the WHATWG `href` (lowercase scheme and host, default port dropped, `/` path).
 */
export function validateUrl(raw: string, spec: Pick<EnvVarSpec, 'type' | 'protocols'>): ValueVerdict {
  const problem = schemeProblem(raw);
  if (problem !== undefined) return invalid(problem);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return invalid(parseProblem(raw));
  }
  const scheme = url.protocol.slice(0, -1);
  if (spec.type === 'https-url' && scheme !== 'https') return invalid('expected an https URL');
  const allowed = spec.protocols?.map((protocol) => protocol.toLowerCase());
  if (allowed !== undefined && !allowed.includes(scheme)) {
    return invalid(`expected a URL with scheme ${allowed.join(', ')}`);
  }
  // Only special schemes have one canonical form; for others WHATWG's `href` can change the meaning
  // (`file:./dev.db`, relative for Prisma, becomes `file:///dev.db`), so the raw text stands.
  return SPECIAL_SCHEMES.has(scheme) ? valid(url.href) : valid();
}

/**
 * `example.com`, `//cdn.example.com` and `localhost:3000` have no scheme. WHATWG reads the last as
 * scheme `localhost` with path `3000`, so text whose "scheme" is followed by digits, or contains a
 * dot without `://` after it, is a host and port, not a URL.
 */
function schemeProblem(raw: string): string | undefined {
  const match = SCHEME.exec(raw);
  if (!match) return 'not a URL: missing scheme';
  const rest = raw.slice(match[0].length);
  if (!rest.startsWith('//') && (/^\d/.test(rest) || match[1]?.includes('.'))) {
    return 'not a URL: missing scheme (looks like host:port)';
  }
  return undefined;
}

/** The kind of problem behind a WHATWG parse failure, which itself only says "Invalid URL". */
function parseProblem(raw: string): string {
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase() ?? '';
  const authority = /^[^:]*:\/*([^/?#]*)/.exec(raw)?.[1] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (SPECIAL_SCHEMES.has(scheme) && host === '') return 'not a URL: missing host';
  const port = /:(\d+)$/.exec(host)?.[1];
  if (port !== undefined && Number(port) > 65535) return 'not a URL: port out of range (1–65535)';
  if (/\s/.test(authority)) return 'not a URL: whitespace in the host';
  return 'not a URL: malformed host, port or characters';
}
