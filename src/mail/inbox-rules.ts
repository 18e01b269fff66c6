/**
 * The inbox test's rules. Severity follows what the fault does to the launch: a confirmation that
 * never comes blocks every sign-up; a failing or foreign DKIM signature sends it to spam wherever
 * DMARC is enforced; an SPF fault alone is survivable while an aligned DKIM signature passes.
 */
import type { Rule } from '../report/rule-finding.js';

export const INBOX_RULES = {
  notReceived: { id: 'email-not-received', severity: 'high', title: 'Email never arrived' },
  dkimMissing: { id: 'email-dkim-missing', severity: 'high', title: 'Email is not DKIM-signed' },
  dkimFailed: { id: 'email-dkim-failed', severity: 'high', title: 'DKIM signature does not verify' },
  dkimNotAligned: { id: 'email-dkim-not-aligned', severity: 'high', title: 'Email signed by another domain' },
  spfFailed: { id: 'email-spf-failed', severity: 'medium', title: 'SPF does not pass for the email' },
  dmarcFailed: { id: 'email-dmarc-failed', severity: 'high', title: 'DMARC does not pass for the email' },
  unavailable: { id: 'email-inbox-unavailable', severity: 'high', title: 'The inbox test could not read its mailbox' }
} as const satisfies Record<string, Rule>;
