/**
 * Exactly one of apex and www serves: the canonical host answers itself, and the other answers
 * one permanent redirect (301/308) straight to https://<canonical>/. Two hosts serving the same
 * pages split cookies, sessions and search ranking; a chain through http:// or a temporary
 * redirect costs a round trip and the browser's HSTS protection on the first visit.
 */
import { followRedirects } from '../../http/follow-redirects.js';
import { HttpFailure, type HttpClient } from '../../http/http-types.js';
import type { Finding } from '../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from './domain-rules.js';

export interface CanonicalVerdict {
  findings: Finding[];
  /** Table rows: host, what it answered. */
  rows: Array<[string, string]>;
}

interface Options {
  timeoutMs: number;
  signal: AbortSignal;
}

/** `www.example.com` ↔ `example.com`. */
export function pairedHost(canonical: string): string {
  const bare = canonical.replace(/\.$/, '');
  return /^www\./i.test(bare) ? bare.slice(4) : `www.${bare}`;
}

export async function canonicalVerdict(http: HttpClient, canonical: string, options: Options): Promise<CanonicalVerdict> {
  const other = pairedHost(canonical);
  const [served, redirected] = await Promise.all([answerOf(http, canonical, options), chainOf(http, other, canonical, options)]);
  const findings: Finding[] = [];
  const target = `https://${canonical}/`;
  if (served.kind !== 'serves') {
    findings.push(domainFinding({ rule: DOMAIN_RULES.canonicalDown, message: `The canonical host ${canonical} does not serve: https://${canonical}/ ${served.text}.`, kind: 'GET', where: target, remediation: `Serve the site on ${canonical}, or set domain.canonical to the host that does.` }));
  }
  if (redirected.kind === 'serves') {
    findings.push(
      domainFinding({
        rule: DOMAIN_RULES.bothServe,
        message: `Both ${canonical} and ${other} serve pages (${other} answered ${redirected.text}): cookies, sessions and search ranking are split between two hosts.`,
        kind: 'GET',
        where: `https://${other}/`,
        remediation: `Answer every request to ${other} with a 301 to https://${canonical} and the same path (a redirect rule at the host or CDN).`
      })
    );
  } else if (redirected.kind !== 'direct') {
    findings.push(
      domainFinding({
        rule: DOMAIN_RULES.redirectIndirect,
        message: `https://${other}/ ${redirected.text}, not one permanent redirect to ${target}.`,
        kind: 'GET',
        where: `https://${other}/`,
        remediation: `Answer https://${other}/* with 301 (or 308) Location: https://${canonical}/* in one hop, and make sure ${other} resolves and has a certificate.`
      })
    );
  }
  return { findings, rows: [[canonical, served.text], [other, redirected.text]] };
}

type Answer = { kind: 'serves' | 'other'; text: string };

async function answerOf(http: HttpClient, host: string, options: Options): Promise<Answer> {
  try {
    const response = await http.request({ method: 'GET', url: `https://${host}/`, timeoutMs: options.timeoutMs, signal: options.signal, maxBodyBytes: 0 });
    const location = response.headers['location'];
    if (response.status >= 300 && response.status < 400) return { kind: 'other', text: `redirects (${response.status}) to ${String(location ?? '?')}` };
    return { kind: response.status < 400 ? 'serves' : 'other', text: response.status < 400 ? `serves (${response.status})` : `answers ${response.status}` };
  } catch (error) {
    if (error instanceof HttpFailure) return { kind: 'other', text: `does not answer (${error.kind})` };
    throw error;
  }
}

/** Where the other host's first answer points: `direct` is one permanent redirect to https://<canonical>. */
async function chainOf(http: HttpClient, host: string, canonical: string, options: Options): Promise<{ kind: 'serves' | 'direct' | 'indirect'; text: string }> {
  const url = `https://${host}/`;
  try {
    const chain = await followRedirects(http, { method: 'GET', url, timeoutMs: options.timeoutMs, signal: options.signal, maxBodyBytes: 0 }, { maxHops: 5 });
    const first = chain.hops[0]!;
    if (first.location === undefined) return { kind: first.status < 400 ? 'serves' : 'indirect', text: first.status < 400 ? `serves (${first.status})` : `answers ${first.status}` };
    const target = new URL(first.location, url);
    const direct = target.protocol === 'https:' && target.hostname.toLowerCase() === canonical.toLowerCase() && (first.status === 301 || first.status === 308);
    const redirects = chain.hops.filter((hop) => hop.location !== undefined);
    const text = `redirects ${redirects.map((hop) => `${hop.status} → ${hop.location}`).join(', ')}`;
    return { kind: direct ? 'direct' : 'indirect', text };
  } catch (error) {
    if (error instanceof HttpFailure) return { kind: 'indirect', text: `does not answer (${error.kind})` };
    throw error;
  }
}
