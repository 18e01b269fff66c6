/**
 * What an answer's headers and HTML say about the edge: HSTS on HTTPS, mixed content, a private
 * page cacheable by shared caches, and a non-production host that search engines may index.
 */
import type { Finding } from '../../../report/finding.js';
import { headerOf, mediaTypeOf, type RouteAnswer } from '../route-answer.js';
import { shownUrl, smokeFinding, SMOKE_RULES } from '../smoke-rules.js';

/** 180 days: the minimum the HSTS preload list and most scanners accept (hstspreload.org asks a year). */
export const MIN_HSTS_SECONDS = 15_552_000;

export interface EdgeSubject {
  method: string;
  path: string;
  answer: RouteAnswer;
  private: boolean;
}

export interface HeaderPolicy {
  hsts: boolean;
  caching: boolean;
  noindexHosts: readonly string[];
}

export function headerFindings(subject: EdgeSubject, policy: HeaderPolicy): Finding[] {
  const url = new URL(subject.answer.finalUrl);
  const findings: Finding[] = [];
  if (policy.hsts && url.protocol === 'https:') findings.push(...hstsFindings(subject, url), ...mixedContentFindings(subject, url));
  if (policy.caching && subject.private) findings.push(...privateCacheFindings(subject));
  if (policy.noindexHosts.includes(url.hostname)) findings.push(...noindexFindings(subject, url));
  return findings;
}

function hstsFindings(subject: EdgeSubject, url: URL): Finding[] {
  const header = headerOf(subject.answer, 'strict-transport-security');
  const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(header ?? '')?.[1] ?? NaN);
  if (header !== undefined && maxAge >= MIN_HSTS_SECONDS) return [];
  const got = header === undefined ? 'no Strict-Transport-Security header' : `max-age=${Number.isNaN(maxAge) ? '(none)' : maxAge}`;
  return [
    smokeFinding({
      rule: SMOKE_RULES.hstsMissing,
      message: `${url.hostname} answers over HTTPS with ${got}: a first visit over http can be intercepted.`,
      method: subject.method,
      url: `${url.origin}/`,
      key: [url.hostname],
      remediation: `Send Strict-Transport-Security: max-age=31536000; includeSubDomains on every HTTPS answer (at least ${MIN_HSTS_SECONDS} seconds).`
    })
  ];
}

/** `src=` and stylesheet `href=` pointing at http://: active mixed content, which browsers block. */
const MIXED = /<(?:script|img|iframe|video|audio|source|embed)\b[^>]*\bsrc\s*=\s*["']?http:\/\/|<link\b[^>]*\bhref\s*=\s*["']?http:\/\//gi;

function mixedContentFindings(subject: EdgeSubject, url: URL): Finding[] {
  if (mediaTypeOf(subject.answer) !== 'text/html') return [];
  const count = subject.answer.bodyText.match(MIXED)?.length ?? 0;
  if (count === 0) return [];
  return [
    smokeFinding({
      rule: SMOKE_RULES.mixedContent,
      message: `${subject.method} ${subject.path} is served over HTTPS but loads ${count} resource${count === 1 ? '' : 's'} over http://; browsers block them.`,
      method: subject.method,
      url: shownUrl(url.href),
      key: [subject.path],
      remediation: 'Load every script, stylesheet, image and frame over https:// (or a relative URL).'
    })
  ];
}

function privateCacheFindings(subject: EdgeSubject): Finding[] {
  const { answer } = subject;
  if (answer.status >= 300) return [];
  const cacheControl = (headerOf(answer, 'cache-control') ?? '').toLowerCase();
  const directives = new Set(cacheControl.split(',').map((part) => part.trim().split('=')[0]));
  const sharedCacheable = directives.has('public') || directives.has('s-maxage') || !(directives.has('no-store') || directives.has('private'));
  if (!sharedCacheable) return [];
  const cookie = answer.headers['set-cookie'] !== undefined;
  const got = cacheControl ? `Cache-Control: ${cacheControl.slice(0, 80)}` : 'no Cache-Control';
  return [
    smokeFinding({
      rule: SMOKE_RULES.privateCacheable,
      severity: cookie ? 'critical' : undefined,
      message: `${subject.method} ${subject.path} is private but answers with ${got}${cookie ? ' and a Set-Cookie' : ''}: a CDN or proxy may serve one user's page${cookie ? ' and session' : ''} to another.`,
      method: subject.method,
      url: shownUrl(answer.finalUrl),
      key: [subject.path],
      remediation: 'Answer private pages with Cache-Control: private, no-store (and never public or s-maxage).'
    })
  ];
}

function noindexFindings(subject: EdgeSubject, url: URL): Finding[] {
  const robots = headerOf(subject.answer, 'x-robots-tag') ?? '';
  const meta = /<meta\b[^>]*name\s*=\s*["']?robots["']?[^>]*content\s*=\s*["'][^"']*noindex/i.test(subject.answer.bodyText);
  if (/noindex/i.test(robots) || meta) return [];
  return [
    smokeFinding({
      rule: SMOKE_RULES.noindexMissing,
      message: `${url.hostname} is declared non-production but tells search engines nothing: its pages can end up in search results beside the real site.`,
      method: subject.method,
      url: `${url.origin}/`,
      key: [url.hostname],
      remediation: 'Send X-Robots-Tag: noindex on every answer of non-production hosts (most hosts have a switch for previews).'
    })
  ];
}
