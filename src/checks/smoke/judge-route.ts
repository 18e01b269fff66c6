/**
 * A declared route's verdict: what failed (status, body, JSON, headers… or no answer at all), the
 * auth rule, and the edge checks on what came back. One row for the routes table either way.
 */
import type { SmokeEdgeConfig, SmokeRoute } from '../../config/config-types.js';
import type { Finding } from '../../report/finding.js';
import { headerFindings } from './edge/header-findings.js';
import { redirectFindings } from './edge/redirect-findings.js';
import { tlsFindings, untrustedFinding } from './edge/tls-findings.js';
import { judgeAnswer, type Mismatch } from './judge-answer.js';
import type { RequestPlan } from './plan-request.js';
import { describeTimings, type SentRoute } from './send-route.js';
import { shownUrl, smokeFinding, SMOKE_RULES } from './smoke-rules.js';

export interface RouteVerdict {
  findings: Finding[];
  /** `200`, `302 → 200`, `refused`… */
  status: string;
  durationMs: number;
  /** Not failing, but not clean either: an edge finding (HSTS, caching, a long chain…). */
  passed: boolean;
  flagged: boolean;
}

export interface JudgeContext {
  edge: SmokeEdgeConfig;
  /** The base URL's host and `edge.hosts`. */
  hosts: readonly string[];
  now: Date;
}

/** A login page's path: where `auth: required` routes may send an anonymous visitor. */
const LOGIN_PATH = /(?:^|\/)(?:log-?in|sign-?in|auth|sso|session|account\/login)(?:\/|$|\?)/i;

export function judgeRoute(route: SmokeRoute, plan: RequestPlan, sent: SentRoute, context: JudgeContext): RouteVerdict {
  const method = plan.method;
  const url = shownUrl(plan.url);
  const durationMs = sent.attempts.reduce((sum, attempt) => sum + attempt.durationMs, 0);
  const tries = sent.attempts.length > 1 ? ` after ${sent.attempts.length} attempts (${sent.attempts.map((attempt) => attempt.outcome).join(', ')})` : '';
  if (!sent.answer || sent.failure) {
    const failure = sent.failure!;
    if (failure.kind === 'tls') {
      return { findings: [untrustedFinding({ origin: new URL(plan.url).origin, code: failure.code, tls: failure.tls, method, path: route.path })], status: 'TLS refused', durationMs, passed: false, flagged: false };
    }
    const finding = smokeFinding({
      rule: SMOKE_RULES.unreachable,
      severity: route.severity,
      message: `${method} ${route.path} got no answer${tries}: ${failure.message}.`,
      method,
      url,
      key: [route.path],
      remediation: remediationFor(failure.kind)
    });
    return { findings: [finding], status: failure.kind, durationMs, passed: false, flagged: false };
  }
  const answer = sent.answer;
  const findings: Finding[] = [];
  const mismatches = route.auth === 'required' ? authMismatches(sent) : judgeAnswer(route.expect, answer, context.edge.maxRedirects);
  if (route.auth === 'required' && answer.status >= 200 && answer.status < 300 && sent.hops.length === 0) {
    findings.push(
      smokeFinding({
        rule: SMOKE_RULES.authOpen,
        severity: route.severity ?? 'critical',
        message: `${method} ${route.path} answered ${answer.status} to a request without a login: anyone can read it.`,
        method,
        url,
        key: [route.path],
        remediation: 'Check the session in the handler or the middleware for this route; answer 401/403, or redirect to the login page.'
      })
    );
  } else if (mismatches.length > 0 && !sent.loop) {
    // A loop is its own finding (with the cycle); its last redirect is no answer to judge.
    findings.push(
      smokeFinding({
        rule: SMOKE_RULES.routeFailed,
        severity: route.severity,
        message: `${method} ${route.path}: ${describeMismatches(mismatches)}${tries}.`,
        method,
        url,
        key: [route.path],
        evidence: sent.response ? describeTimings(sent.response.timings) : undefined,
        remediation: answer.status >= 500 ? `Check the deploy's logs for the error behind the ${answer.status}.` : 'Compare the answer with what the route promises; if the promise changed, update expect in launch-ready.yml.'
      })
    );
  }
  findings.push(...edgeFindings(route, plan, sent, context));
  // A chain that stopped on a redirect (a loop, the hop limit) ends with that redirect: no answer after it.
  const stoppedOnRedirect = sent.hops.at(-1)?.url === answer.finalUrl;
  const statuses = sent.hops.map((hop) => String(hop.status));
  const chain = stoppedOnRedirect ? `${statuses.join(' → ')}${sent.loop ? ' → (loop)' : ' → …'}` : [...statuses, String(answer.status)].join(' → ');
  const passed = !findings.some((finding) => FAILING_RULES.has(finding.ruleId));
  return { findings, status: chain, durationMs, passed, flagged: passed && findings.length > 0 };
}

/** What makes a route fail (edge findings such as HSTS do not). */
const FAILING_RULES: ReadonlySet<string> = new Set([SMOKE_RULES.routeFailed.id, SMOKE_RULES.authOpen.id, SMOKE_RULES.redirectLoop.id]);

function edgeFindings(route: SmokeRoute, plan: RequestPlan, sent: SentRoute, context: JudgeContext): Finding[] {
  const { edge } = context;
  const findings: Finding[] = [];
  if (edge.redirects) findings.push(...redirectFindings({ method: plan.method, path: route.path, hops: sent.hops, loop: sent.loop }, { maxRedirects: edge.maxRedirects, hosts: context.hosts }));
  if (edge.tls && sent.response?.tls) findings.push(...tlsFindings(sent.response.tls, new URL(sent.response.url).origin, context.now));
  if (sent.answer) findings.push(...headerFindings({ method: plan.method, path: route.path, answer: sent.answer, private: route.private === true }, { hsts: edge.hsts, caching: edge.caching, noindexHosts: edge.noindexHosts }));
  return findings;
}

/** `auth: required`: 401, 403, or a redirect whose target is a login page. */
function authMismatches(sent: SentRoute): Mismatch[] {
  const answer = sent.answer!;
  if (answer.status === 401 || answer.status === 403) return [];
  const first = sent.hops[0];
  if (first?.location && LOGIN_PATH.test(new URL(first.location, first.url).pathname)) return [];
  if (sent.hops.length === 0 && answer.status >= 200 && answer.status < 300) return [];
  const got = first ? `a redirect to ${shownUrl(new URL(first.location ?? '/', first.url).href)}` : String(answer.status);
  return [{ what: 'status', expected: '401, 403 or a redirect to a login page', got }];
}

export function describeMismatches(mismatches: readonly Mismatch[]): string {
  return mismatches.map((mismatch) => `expected ${mismatch.what} ${mismatch.expected}, got ${mismatch.got}`).join('; ');
}

function remediationFor(kind: string): string {
  switch (kind) {
    case 'refused':
      return 'Nothing listens there: check that the deploy finished and the URL (host and port) is the live one; add smoke.waitFor for deploys that take time to start.';
    case 'dns':
      return 'The host name does not resolve: check the DNS record and the base URL.';
    case 'timeout':
      return 'The server took longer than the request timeout: check for a cold start or a slow dependency, or raise the route\'s timeout.';
    case 'reset':
      return 'The connection was dropped mid-answer: check the server\'s logs for a crash or a proxy limit.';
    default:
      return 'Check that the deploy is live and the base URL is right.';
  }
}
