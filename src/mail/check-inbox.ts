/**
 * The inbox test, end to end: resolve the mailbox password from the environment, wait for the
 * expected message, verify it, and hand back findings. The domain check (and a smoke flow's
 * `expectEmail` step) call this; neither needs to know IMAP or mailauth. What the caller must do
 * with `redact`: hand it on as its CheckOutcome's `redact`, so the pipeline cuts the password from
 * everything, whatever a library might have echoed.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { InboxConfig } from '../config/config-types.js';
import { resolveEnvReference } from '../config/resolve-env-reference.js';
import type { Finding } from '../report/finding.js';
import { scrubText } from '../report/scrub-values.js';
import { notReceivedFinding, verdictFindings } from './inbox-findings.js';
import type { MailDnsResolver } from './mail-dns.js';
import { describeMailbox, type MailboxAccess } from './mailbox-access.js';
import type { MessageExpectation } from './message-expectation.js';
import { verifyMessage } from './verify-message.js';
import { waitForMessage } from './wait-for-message.js';

export interface InboxDeps {
  env: Readonly<Record<string, string | undefined>>;
  clock: Clock;
  /** The caller's deadline: the wait ends (and its reason is thrown) when it aborts. */
  signal: AbortSignal;
  /** Asked for DKIM keys and SPF/DMARC records. */
  resolver: MailDnsResolver;
  /** Extra trusted CA certificates (PEM) for the IMAP server. Default: the default roots only. */
  ca?: string | readonly string[];
  /** When the run started: messages received before it belong to earlier runs. Default: now. */
  since?: Date;
  /** The check the findings belong to. Default `domain`. */
  check?: string;
  /** Between searches when the server sends no news. Default 5000. */
  pollMs?: number;
  /** Progress lines (what is awaited where, and whether it came); never a password or message text. */
  logger?: Logger;
}

export interface InboxOutcome {
  findings: Finding[];
  /** Whether the expected message arrived (its verdicts are in `findings`). */
  arrived: boolean;
  /** The matched subject, the only text of the message that is shown. */
  subject?: string;
  /** Why the test could not run (no password, mailbox unreachable, login refused); safe to show. */
  error?: string;
  /** The values to cut from every output: the resolved password. */
  redact: string[];
}

/** What to wait for and how long, over the section's `expect` and `within` (a smoke step's own). */
export interface InboxRequest {
  expect?: MessageExpectation;
  withinMs?: number;
}

export async function checkInbox(inbox: InboxConfig, deps: InboxDeps, request: InboxRequest = {}): Promise<InboxOutcome> {
  const expect = request.expect ?? inbox.expect;
  if (!expect) return { findings: [], arrived: false, redact: [], error: 'domain.email.inbox has no `expect`: nothing to wait for' };
  const withinMs = request.withinMs ?? inbox.withinMs;
  let access: MailboxAccess;
  try {
    access = { ...inbox, user: resolveEnvReference(inbox.user, deps.env), password: resolveEnvReference(inbox.password, deps.env), ...(deps.ca ? { ca: deps.ca } : {}) };
  } catch (error) {
    return { findings: [], arrived: false, redact: [], error: (error as Error).message };
  }
  const redact = [access.password];
  const context = { check: deps.check, expect };
  try {
    const since = deps.since ?? deps.clock.today();
    deps.logger?.info(`inbox: waiting up to ${Math.round(withinMs / 1000)} s for "${expect.subjectContains}" to ${expect.to} in ${describeMailbox(access)}`);
    const message = await waitForMessage({ access, expect, since, withinMs, clock: deps.clock, signal: deps.signal, pollMs: deps.pollMs });
    deps.logger?.info(message ? `inbox: "${message.subject}" arrived; verifying DKIM, SPF and DMARC` : 'inbox: no matching message arrived');
    if (!message) return { findings: [notReceivedFinding(context, withinMs, access.mailbox)], arrived: false, redact };
    const verdicts = await verifyMessage(message.source, deps.resolver);
    return { findings: verdictFindings(context, message.subject, verdicts), arrived: true, subject: message.subject, redact };
  } catch (error) {
    if (deps.signal.aborted && error === deps.signal.reason) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { findings: [], arrived: false, redact, error: scrubText(reason, redact) };
  }
}
