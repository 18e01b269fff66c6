/**
 * The mail layer: reads a test mailbox over IMAP and verifies a message's DKIM, SPF and DMARC.
 * Shared by the checks that need it (domain, smoke's `expectEmail`): a check may not import
 * another check, so this lives outside `src/checks/`.
 */
export { checkInbox, type InboxDeps, type InboxOutcome, type InboxRequest } from './check-inbox.js';
export { createMailDnsResolver, type MailDnsOptions, type MailDnsResolver } from './mail-dns.js';
export { INBOX_RULES } from './inbox-rules.js';
export { unavailableFinding } from './inbox-findings.js';
export type { MessageExpectation } from './message-expectation.js';
