/**
 * What a route's redirects say about the edge: a loop (with its cycle), a chain longer than the
 * limit, and a hop to a host the config does not name (a misconfigured proxy, a parked domain).
 */
import type { Finding } from '../../../report/finding.js';
import { shownUrl, smokeFinding, SMOKE_RULES } from '../smoke-rules.js';

export interface RedirectTrail {
  method: string;
  /** The route's path, for fingerprints. */
  path: string;
  /** Every response that redirected, in order. */
  hops: ReadonlyArray<{ url: string; status: number; location?: string }>;
  /** The URLs of the cycle when one repeated, from its first visit to the repeat (A, B, A). */
  loop?: readonly string[];
}

export interface RedirectPolicy {
  maxRedirects: number;
  /** The base URL's host and `smoke.edge.hosts`. */
  hosts: readonly string[];
}

export function redirectFindings(trail: RedirectTrail, policy: RedirectPolicy): Finding[] {
  const first = trail.hops[0];
  if (!first) return [];
  const base = { method: trail.method, url: shownUrl(first.url) };
  const findings: Finding[] = [];
  if (trail.loop) {
    const cycle = trail.loop.map(shownUrl).join(' → ');
    findings.push(
      smokeFinding({
        ...base,
        rule: SMOKE_RULES.redirectLoop,
        message: `${trail.method} ${trail.path} redirects in a loop: ${cycle}. Browsers give up with "too many redirects".`,
        key: [trail.path],
        remediation: 'Look for two rules that send each other the request (http↔https, www↔apex, a trailing slash added and removed) at the host, the CDN and the app.'
      })
    );
  } else if (trail.hops.length > policy.maxRedirects) {
    const chain = trail.hops.map((hop) => `${hop.status} ${shownUrl(hop.url)}`).join(' → ');
    findings.push(
      smokeFinding({
        ...base,
        rule: SMOKE_RULES.redirectChain,
        message: `${trail.method} ${trail.path} takes ${trail.hops.length} redirects (more than ${policy.maxRedirects}): ${chain}.`,
        key: [trail.path],
        remediation: 'Redirect straight to the final URL: every hop costs a round trip (and a TLS handshake on a new host).'
      })
    );
  }
  for (const hop of trail.hops) {
    const target = hop.location ? safeUrl(hop.location, hop.url) : undefined;
    if (!target || policy.hosts.includes(target.hostname)) continue;
    findings.push(
      smokeFinding({
        ...base,
        rule: SMOKE_RULES.redirectOffsite,
        message: `${trail.method} ${trail.path} is redirected to ${target.hostname}, a host the config does not name.`,
        key: [trail.path, target.hostname],
        remediation: `If ${target.hostname} is expected (a login provider, the canonical domain), add it to smoke.edge.hosts; otherwise fix the redirect rule.`
      })
    );
    break;
  }
  return findings;
}

function safeUrl(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}
