/**
 * How to reach the test mailbox, and the ImapFlow options that say it: TLS from the first byte
 * (`tls`, port 993) or STARTTLS required (`starttls`, port 143: imapflow's `doSTARTTLS: true`
 * refuses to log in if the server does not upgrade, so the password never crosses in clear).
 * imapflow's own logger is off: its lines quote server answers and commands, which are not ours
 * to print.
 */
import tls from 'node:tls';
import type { ImapFlowOptions } from 'imapflow';

export interface MailboxAccess {
  host: string;
  port: number;
  tls: 'tls' | 'starttls';
  user: string;
  /** The resolved password: held only here, never in a message. */
  password: string;
  /** Default `INBOX`. */
  mailbox: string;
  /** Extra trusted CA certificates (PEM), on top of the default roots and NODE_EXTRA_CA_CERTS (as src/http's `ca`). */
  ca?: string | readonly string[];
}

/** One connection attempt, the greeting and any one command may take at most this long. */
export const IMAP_STEP_TIMEOUT_MS = 30_000;

export function imapOptions(access: MailboxAccess, stepTimeoutMs = IMAP_STEP_TIMEOUT_MS): ImapFlowOptions {
  const extra = access.ca === undefined ? [] : [access.ca].flat();
  return {
    host: access.host,
    port: access.port,
    secure: access.tls === 'tls',
    doSTARTTLS: access.tls === 'starttls',
    auth: { user: access.user, pass: access.password },
    // A `ca` list replaces the roots, so the defaults (bundled + NODE_EXTRA_CA_CERTS) come first.
    tls: extra.length > 0 ? { ca: [...tls.getCACertificates('default'), ...extra] } : {},
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: stepTimeoutMs,
    greetingTimeout: stepTimeoutMs,
    socketTimeout: stepTimeoutMs * 4
  };
}

/** `imaps://host:port/INBOX`-style words for messages: no user, no password. */
export function describeMailbox(access: Pick<MailboxAccess, 'host' | 'port' | 'mailbox'>): string {
  return `${access.mailbox} on ${access.host}:${access.port}`;
}
