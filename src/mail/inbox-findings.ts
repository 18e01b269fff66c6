/**
 * The inbox test's outcome as findings (pure). A finding points at the expected recipient
 * (`mailto:`) and is keyed by recipient and subject fragment, never by anything the message holds;
 * the matched subject is the only text of the message that is shown. For SPF and DMARC the
 * receiving server's verdict wins when it wrote one (it saw the real sending IP); DKIM is our own
 * verification, with the receiver's verdict as evidence.
 */
import type { Finding, Severity } from '../report/finding.js';
import { ruleFinding, type Rule } from '../report/rule-finding.js';
import { INBOX_RULES } from './inbox-rules.js';
import type { MessageExpectation } from './message-expectation.js';
import type { DkimVerdict, MailVerdicts } from './verify-message.js';

export interface InboxFindingContext {
  /** The check reporting them. Default `domain`. */
  check?: string;
  expect: MessageExpectation;
}

export function notReceivedFinding(context: InboxFindingContext, withinMs: number, mailbox: string): Finding {
  return build(context, INBOX_RULES.notReceived, {
    message: `No message to ${context.expect.to} with "${context.expect.subjectContains}" in the subject${context.expect.from ? ` from ${context.expect.from}` : ''} reached ${mailbox} within ${formatWait(withinMs)}.`,
    remediation: `Check that the app sent it (the mail provider's activity log shows rejects and bounces), that the address is right, and the spam folder of the test mailbox; raise \`within\` if delivery is slow.`
  });
}

/**
 * The mailbox could not be read (no password in the environment, unreachable, login refused):
 * the email was not verified, which a launch gate must not pass over in silence. `reason` comes
 * from InboxOutcome.error, already worded without the password.
 */
export function unavailableFinding(context: InboxFindingContext, reason: string): Finding {
  return build(context, INBOX_RULES.unavailable, {
    message: `The confirmation email to ${context.expect.to} was not checked: ${reason}`,
    remediation: 'Check domain.email.inbox (host, port, tls, user) and that the password variable is set in this job (a repository or environment secret).'
  });
}

export function verdictFindings(context: InboxFindingContext, subject: string, verdicts: MailVerdicts): Finding[] {
  const dmarc = effectiveResult('dmarc', verdicts.receiver?.results.dmarc, verdicts.dmarc?.result);
  const shown = `"${subject}"`;
  const evidence = describeVerdicts(verdicts);
  const fromDomain = verdicts.fromDomain ?? 'the From domain';
  const findings: Finding[] = [];
  const passing = verdicts.dkim.filter((entry) => entry.result === 'pass');
  if (verdicts.dkim.length === 0) {
    findings.push(build(context, INBOX_RULES.dkimMissing, {
      message: `The message ${shown} carries no DKIM signature.`,
      remediation: `Turn on DKIM signing for ${fromDomain} at the mail provider and publish the key it gives at <selector>._domainkey.${fromDomain}.`,
      evidence
    }));
  } else if (passing.length === 0) {
    findings.push(build(context, INBOX_RULES.dkimFailed, {
      message: `The DKIM signature of ${shown} does not verify: ${verdicts.dkim.map(describeSignature).join('; ')}.`,
      remediation: `Publish the provider's current public key at the selector's _domainkey record (a rotated or truncated key fails every signature), and make sure nothing changes the message after it is signed (footers or link tracking added later).`,
      evidence
    }));
  } else if (!passing.some((entry) => entry.aligned)) {
    findings.push(build(context, INBOX_RULES.dkimNotAligned, {
      // Still delivered while aligned SPF carries DMARC, but forwarding breaks SPF: medium then.
      severity: dmarc.result === 'pass' ? 'medium' : 'high',
      message: `${shown} is signed by ${passing.map((entry) => entry.domain).join(', ')}, not by ${fromDomain}, so the signature does not count for DMARC.`,
      remediation: `Set up ${fromDomain} (or a subdomain) as a custom sending domain at the mail provider so it signs with d=${fromDomain}.`,
      evidence
    }));
  }
  const spf = effectiveResult('spf', verdicts.receiver?.results.spf, verdicts.spf?.result);
  if (spf.result !== 'pass') {
    const domain = verdicts.spf?.domain ?? 'the envelope sender domain';
    findings.push(build(context, INBOX_RULES.spfFailed, {
      message: `SPF for ${domain} is ${spf.result} (${spf.by}) for ${shown}.`,
      remediation: `Add the mail provider's include to the one v=spf1 record of ${domain} (the Return-Path domain), within SPF's 10-lookup limit.`,
      evidence
    }));
  }
  if (dmarc.result !== 'pass') {
    const noRecord = dmarc.result === 'none';
    findings.push(build(context, INBOX_RULES.dmarcFailed, {
      severity: noRecord ? 'medium' : 'high',
      message: noRecord ? `${fromDomain} publishes no DMARC record (${dmarc.by}), so receivers have no policy for ${shown}.` : `DMARC is ${dmarc.result} (${dmarc.by}) for ${shown} from ${fromDomain}${verdicts.dmarc?.policy ? `, policy ${verdicts.dmarc.policy}` : ''}.`,
      remediation: noRecord
        ? `Publish a TXT record at _dmarc.${fromDomain}: v=DMARC1; p=none; rua=mailto:…, then move to quarantine or reject after monitoring.`
        : `Make DKIM (d=${fromDomain}) or SPF (Return-Path at ${fromDomain}) pass and align; with p=quarantine or reject a failing message goes to spam or is refused.`,
      evidence
    }));
  }
  return findings;
}

/** The receiver's verdict when its header has one, else ours; `none` when neither could say. */
function effectiveResult(method: string, receiver: string | undefined, ours: string | undefined): { result: string; by: string } {
  if (receiver !== undefined) return { result: receiver, by: 'the receiving server' };
  if (ours !== undefined) return { result: ours, by: 'our check' };
  return { result: 'none', by: `no ${method} result` };
}

function describeSignature(entry: DkimVerdict): string {
  return `d=${entry.domain} s=${entry.selector} ${entry.result}${entry.comment ? ` (${entry.comment})` : ''}`;
}

/** One line: our results, then the receiver's, e.g. `ours: dkim=pass d=example.com …; receiver mx.example.com: dkim=pass spf=pass dmarc=pass`. */
function describeVerdicts(verdicts: MailVerdicts): string {
  const ours = [
    ...verdicts.dkim.map((entry) => `dkim=${entry.result} d=${entry.domain}${entry.aligned ? ' aligned' : ''}`),
    ...(verdicts.spf ? [`spf=${verdicts.spf.result}`] : []),
    ...(verdicts.dmarc ? [`dmarc=${verdicts.dmarc.result}`] : [])
  ];
  const receiver = verdicts.receiver
    ? `; receiver ${verdicts.receiver.authservId}: ${Object.entries(verdicts.receiver.results).filter(([method]) => ['dkim', 'spf', 'dmarc'].includes(method)).map(([method, result]) => `${method}=${result}`).join(' ')}`
    : '';
  return `ours: ${ours.join(' ') || 'no results'}${receiver}`;
}

function build(context: InboxFindingContext, rule: Rule, input: { message: string; remediation: string; evidence?: string; severity?: Severity }): Finding {
  return ruleFinding({
    check: context.check ?? 'domain',
    rule,
    ...input,
    location: { kind: 'url', url: `mailto:${context.expect.to}` },
    key: [context.expect.to.toLowerCase(), context.expect.subjectContains]
  });
}

function formatWait(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 100) / 10} s`;
}
