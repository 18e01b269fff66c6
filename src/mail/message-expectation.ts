/**
 * Which message the inbox test waits for, as pure functions: the IMAP SEARCH that narrows the
 * mailbox on the server, and the exact check on each candidate's envelope. SEARCH is only a
 * pre-filter: its SINCE has day granularity (RFC 9051 §6.4.4) and its text matches are
 * substrings in the server's own collation, so the final word is `matchesEnvelope`.
 */

export interface MessageExpectation {
  /** The recipient address, e.g. `launch-test@example.com`; compared without case. */
  to: string;
  /** A fragment of the subject; compared without case. */
  subjectContains: string;
  /** The sender address, when it must be this one; compared without case. */
  from?: string;
}

/** The part of an IMAP envelope the match reads. */
export interface EnvelopeFacts {
  subject?: string;
  to?: ReadonlyArray<{ address?: string }>;
  cc?: ReadonlyArray<{ address?: string }>;
  from?: ReadonlyArray<{ address?: string }>;
  /** When the server received it (INTERNALDATE). */
  receivedAt?: Date;
}

/**
 * How far before `since` a message may have been received and still count: the mail server's
 * clock and the runner's differ by a few seconds in practice. Kept short, so the message of an
 * earlier run a minute before does not pass for this run's.
 */
export const CLOCK_SKEW_MS = 30_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** imapflow's search object: the day before `since` (SINCE compares dates in the server's time zone). */
export function searchQuery(expect: MessageExpectation, since: Date): Record<string, unknown> {
  return {
    since: new Date(since.getTime() - DAY_MS),
    to: expect.to,
    subject: expect.subjectContains,
    ...(expect.from ? { from: expect.from } : {})
  };
}

export function matchesEnvelope(envelope: EnvelopeFacts, expect: MessageExpectation, since: Date): boolean {
  if (!envelope.receivedAt || envelope.receivedAt.getTime() < since.getTime() - CLOCK_SKEW_MS) return false;
  if (!(envelope.subject ?? '').toLowerCase().includes(expect.subjectContains.toLowerCase())) return false;
  const recipients = [...(envelope.to ?? []), ...(envelope.cc ?? [])];
  if (!recipients.some((address) => sameAddress(address.address, expect.to))) return false;
  return !expect.from || (envelope.from ?? []).some((address) => sameAddress(address.address, expect.from!));
}

function sameAddress(address: string | undefined, expected: string): boolean {
  return address !== undefined && address.trim().toLowerCase() === expected.trim().toLowerCase();
}
