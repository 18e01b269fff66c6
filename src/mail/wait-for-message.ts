/**
 * Waits for the expected message in the test mailbox: one connection, the mailbox opened
 * read-only (the test never marks the team's mail as read), then SEARCH, and between searches
 * IDLE (RFC 2177) so a new message wakes the wait at once, with a poll as the fallback for servers
 * that never notify. Ends with the message, or with `undefined` when `withinMs` runs out; the
 * caller's signal ends it too (its reason is thrown). Every IMAP step races the stop signal and a
 * stop closes the socket, so a server that never answers cannot hold the run.
 *
 * imapflow (and its logger, pino) is imported on first use: runs without an inbox test never load it.
 */
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import type { Clock } from '../clock.js';
import { describeMailbox, imapOptions, type MailboxAccess } from './mailbox-access.js';
import { MailboxError, toMailboxError } from './mailbox-error.js';
import { matchesEnvelope, searchQuery, type EnvelopeFacts, type MessageExpectation } from './message-expectation.js';

export interface WaitForMessageInput {
  access: MailboxAccess;
  expect: MessageExpectation;
  /** Messages received before this (less a little clock skew) are an earlier run's. */
  since: Date;
  withinMs: number;
  clock: Clock;
  signal: AbortSignal;
  /** Between searches when the server sends no news. Default 5000. */
  pollMs?: number;
}

export interface ArrivedMessage {
  uid: number;
  subject: string;
  /** The whole message (RFC 5322), for verification only: never shown. */
  source: Buffer;
}

/** Confirmation emails are small; a message past this is not read (and not the one we wait for). */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

class WaitOver extends Error {}

export async function waitForMessage(input: WaitForMessageInput): Promise<ArrivedMessage | undefined> {
  const stop = new AbortController();
  const forward = (): void => stop.abort(input.signal.reason);
  if (input.signal.aborted) forward();
  input.signal.addEventListener('abort', forward, { once: true });
  input.clock.sleep(input.withinMs, stop.signal).then(() => stop.abort(new WaitOver()), () => {});
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow(imapOptions(input.access));
  // Swallows the 'error' event imapflow emits on a dropped socket: the pending command rejects too.
  client.on('error', () => {});
  const close = (): void => client.close();
  stop.signal.addEventListener('abort', close, { once: true });
  let opened = false;
  try {
    await raced(client.connect(), stop.signal);
    await raced(client.mailboxOpen(input.access.mailbox, { readOnly: true }), stop.signal);
    opened = true;
    for (;;) {
      const found = await raced(findMessage(client, input.expect, input.since), stop.signal);
      if (found) return found;
      await waitForNews(client, input, stop.signal);
    }
  } catch (error) {
    // Out of time before the mailbox could be read: that says nothing about the message.
    if (stop.signal.reason instanceof WaitOver && !opened) throw new MailboxError(`${describeMailbox(input.access)} did not answer within ${Math.round(input.withinMs / 100) / 10} s`);
    if (stop.signal.reason instanceof WaitOver) return undefined;
    if (input.signal.aborted) throw input.signal.reason;
    throw toMailboxError(error, input.access);
  } finally {
    input.signal.removeEventListener('abort', forward);
    stop.signal.removeEventListener('abort', close);
    if (!stop.signal.aborted) stop.abort(new Error('the wait ended'));
    // No LOGOUT: its answer is one more wait on a server that may be the slow part.
    client.close();
  }
}

async function findMessage(client: ImapFlow, expect: MessageExpectation, since: Date): Promise<ArrivedMessage | undefined> {
  const uids = (await client.search(searchQuery(expect, since), { uid: true })) || [];
  if (uids.length === 0) return undefined;
  const candidates = await client.fetchAll(uids, { uid: true, envelope: true, internalDate: true, size: true }, { uid: true });
  // The newest match: a resend after an earlier failure is the one this run triggered.
  const match = candidates
    .filter((message) => (message.size ?? 0) <= MAX_MESSAGE_BYTES && matchesEnvelope(envelopeFacts(message), expect, since))
    .sort((a, b) => b.uid - a.uid)[0];
  if (!match) return undefined;
  const full = await client.fetchOne(String(match.uid), { uid: true, source: true }, { uid: true });
  if (!full || !full.source) return undefined;
  return { uid: match.uid, subject: match.envelope?.subject ?? '', source: full.source };
}

function envelopeFacts(message: FetchMessageObject): EnvelopeFacts {
  const { envelope, internalDate } = message;
  return {
    subject: envelope?.subject,
    to: envelope?.to,
    cc: envelope?.cc,
    from: envelope?.from,
    receivedAt: internalDate === undefined ? undefined : new Date(internalDate)
  };
}

/** IDLE until the server reports a new message or the poll interval passes; the next command ends IDLE. */
async function waitForNews(client: ImapFlow, input: WaitForMessageInput, signal: AbortSignal): Promise<void> {
  const news = new AbortController();
  const onExists = (): void => news.abort();
  const onStop = (): void => news.abort();
  client.on('exists', onExists);
  signal.addEventListener('abort', onStop, { once: true });
  try {
    if (!client.idling) client.idle().catch(() => {});
    await input.clock.sleep(input.pollMs ?? 5000, news.signal).catch(() => {});
    if (signal.aborted) throw signal.reason;
  } finally {
    client.off('exists', onExists);
    signal.removeEventListener('abort', onStop);
  }
}

/** `work`, or a rejection with the signal's reason as soon as it aborts. */
function raced<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
