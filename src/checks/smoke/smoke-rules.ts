/**
 * The smoke check's rules and the one way its findings are built. A finding points at the route
 * (method and URL, never a query string or credentials) and is keyed by rule, method and path, so
 * fingerprints hold no value and stay stable across deploys of the same app to other hosts.
 */
import type { Finding, Severity } from '../../report/finding.js';
import { ruleFinding, type Rule } from '../../report/rule-finding.js';

export const SMOKE_RULES = {
  routeFailed: { id: 'smoke-route-failed', severity: 'critical', title: 'Route does not answer as expected' },
  unreachable: { id: 'smoke-unreachable', severity: 'critical', title: 'Route could not be reached' },
  authOpen: { id: 'smoke-auth-open', severity: 'critical', title: 'Route that needs a login answers anyone' },
  flowFailed: { id: 'smoke-flow-failed', severity: 'critical', title: 'Customer flow broke' },
  notReady: { id: 'smoke-not-ready', severity: 'critical', title: 'Deploy never became ready' },
  noPreview: { id: 'smoke-no-preview', severity: 'high', title: 'No preview deployment to test' },
  previewFailed: { id: 'smoke-preview-failed', severity: 'critical', title: 'Preview deployment failed' },
  notReached: { id: 'smoke-not-reached', severity: 'high', title: 'Route not tested before the deadline' },
  redirectLoop: { id: 'smoke-redirect-loop', severity: 'critical', title: 'Redirect loop' },
  redirectChain: { id: 'smoke-redirect-chain', severity: 'medium', title: 'Long redirect chain' },
  redirectOffsite: { id: 'smoke-redirect-offsite', severity: 'high', title: 'Redirect to an undeclared host' },
  httpNotRedirected: { id: 'smoke-http-not-https', severity: 'high', title: 'Plain http is not sent to https' },
  tlsUntrusted: { id: 'smoke-tls-untrusted', severity: 'critical', title: 'TLS certificate not trusted' },
  tlsExpiring: { id: 'smoke-tls-expiring', severity: 'high', title: 'TLS certificate expires soon' },
  tlsOldProtocol: { id: 'smoke-tls-old-protocol', severity: 'high', title: 'Outdated TLS version' },
  hstsMissing: { id: 'smoke-hsts-missing', severity: 'medium', title: 'Strict-Transport-Security missing or short' },
  mixedContent: { id: 'smoke-mixed-content', severity: 'medium', title: 'Page loads http:// resources' },
  assetNotCached: { id: 'smoke-asset-not-cached', severity: 'medium', title: 'Hashed assets not cacheable for long' },
  privateCacheable: { id: 'smoke-private-cacheable', severity: 'high', title: 'Private page cacheable by shared caches' },
  noindexMissing: { id: 'smoke-noindex-missing', severity: 'medium', title: 'Non-production host can be indexed' }
} as const satisfies Record<string, Rule>;

export type SmokeRule = Rule;

export interface SmokeFindingInput {
  rule: Rule;
  /** Overrides the rule's (a route's or flow's `severity`). */
  severity?: Severity;
  message: string;
  /** Empty for a finding about no request (a missing preview). */
  method: string;
  /** The URL as the report shows it (see `shownUrl`). */
  url: string;
  /** What identifies the problem across runs besides the rule: the route's path, a flow's name. */
  key: readonly string[];
  remediation: string;
  evidence?: string;
}

export function smokeFinding(input: SmokeFindingInput): Finding {
  const { method, url, key, ...rest } = input;
  return ruleFinding({ ...rest, check: 'smoke', location: { kind: 'url', url, ...(method ? { method } : {}) }, key: [method, ...key] });
}

/** Origin and path only: a query string or userinfo may hold a token, and neither helps the reader. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}
