/**
 * Plain http must be sent to https: for an https base URL on the default port, one request to
 * `http://host/` that is not followed. An http answer with content, or a redirect that stays on
 * http, is a finding; nothing listening on port 80 is left alone (many APIs close it on purpose).
 */
import { HttpFailure } from '../../../http/http-types.js';
import type { Finding } from '../../../report/finding.js';
import type { SendDeps } from '../send-route.js';
import { smokeFinding, SMOKE_RULES } from '../smoke-rules.js';

export async function httpsRedirectFindings(baseUrl: string, deps: SendDeps, timeoutMs: number): Promise<Finding[]> {
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:' || base.port !== '') return [];
  const plain = `http://${base.hostname}/`;
  let status: number;
  let location: string | undefined;
  try {
    const response = await deps.http.request({ method: 'GET', url: plain, timeoutMs, signal: deps.signal, maxBodyBytes: 0 });
    status = response.status;
    const header = response.headers['location'];
    location = Array.isArray(header) ? header[0] : header;
  } catch (error) {
    if (error instanceof HttpFailure) return [];
    throw error;
  }
  const target = location ? new URL(location, plain) : undefined;
  if (status >= 300 && status < 400 && target?.protocol === 'https:') return [];
  const got = target ? `a redirect to ${target.origin}${target.pathname}` : `${status}`;
  return [
    smokeFinding({
      rule: SMOKE_RULES.httpNotRedirected,
      message: `http://${base.hostname}/ answered ${got} instead of a redirect to https: visitors who type the bare domain stay on plain http.`,
      method: 'GET',
      url: plain,
      key: [base.hostname],
      remediation: 'Redirect every http:// request to https:// with a 301 or 308 (most hosts and CDNs have an "always use HTTPS" switch).'
    })
  ];
}
