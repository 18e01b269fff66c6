/**
 * Why the mailbox could not be read, in our words: imapflow's errors carry the server's answer
 * and the command, which may quote what we sent. Only codes and fixed phrases get through, and the
 * password is cut from whatever is left as a last defence.
 */
import { scrubText } from '../report/scrub-values.js';
import { describeMailbox, type MailboxAccess } from './mailbox-access.js';

/** The mailbox could not be reached, logged into or read; the message is safe to show. */
export class MailboxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailboxError';
  }
}

const TLS_CODES = /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_|ERR_SSL_)/;

export function toMailboxError(error: unknown, access: MailboxAccess): MailboxError {
  if (error instanceof MailboxError) return error;
  const facts = (error ?? {}) as { code?: unknown; authenticationFailed?: unknown; message?: unknown };
  const where = describeMailbox(access);
  const code = typeof facts.code === 'string' && /^[A-Za-z0-9_]{1,60}$/.test(facts.code) ? facts.code : undefined;
  if (facts.authenticationFailed === true) {
    return new MailboxError(`the IMAP server refused the login of ${access.user} (${where}); check the user and the password's environment variable`);
  }
  if (code && TLS_CODES.test(code)) {
    return new MailboxError(`the TLS certificate of ${access.host}:${access.port} is not trusted (${code}); use a certificate from a public CA, or add the CA with NODE_EXTRA_CA_CERTS`);
  }
  if (code) return new MailboxError(`could not read ${where} (${code})`);
  const message = typeof facts.message === 'string' ? scrubText(facts.message, [access.password]).slice(0, 200) : 'unknown error';
  return new MailboxError(`could not read ${where}: ${message}`);
}
