/**
 * The receiving server's verdicts, read from its `Authentication-Results` header (RFC 8601): the
 * DKIM, SPF and DMARC results that decided whether the message reached the inbox or spam. Only the
 * topmost header counts: the receiving server prepends its own, and any lower one came with the
 * message, written by whoever sent it (RFC 8601 §5).
 */

export interface ReceiverVerdicts {
  /** The server that wrote the header, e.g. `mx.google.com`. */
  authservId: string;
  /** The first result per method, lower case: `{ dkim: 'pass', spf: 'softfail', dmarc: 'fail' }`. */
  results: Record<string, string>;
}

/** The verdicts of the topmost Authentication-Results header in `headerText` (the message's header block), if any. */
export function receiverVerdicts(headerText: string): ReceiverVerdicts | undefined {
  const value = topmostHeader(headerText, 'authentication-results');
  if (value === undefined) return undefined;
  const [id = '', ...parts] = stripComments(value).split(';');
  const results: Record<string, string> = {};
  for (const part of parts) {
    const match = /^\s*([A-Za-z0-9_-]+)(?:\/[0-9]+)?\s*=\s*([A-Za-z0-9_-]+)/.exec(part);
    if (match && !(match[1]!.toLowerCase() in results)) results[match[1]!.toLowerCase()] = match[2]!.toLowerCase();
  }
  return { authservId: id.trim().split(/\s+/)[0] ?? '', results };
}

/** The header block: everything before the first empty line. */
export function headerBlock(source: Buffer): string {
  const text = source.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function topmostHeader(headerText: string, name: string): string | undefined {
  // Unfold (RFC 5322 §2.2.3) first, so each field is one line.
  const lines = headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const prefix = `${name}:`;
  const line = lines.find((entry) => entry.toLowerCase().startsWith(prefix));
  return line?.slice(prefix.length);
}

/** RFC 5322 comments, `(…)`, nested: they hold prose such as "google.com: domain of … designates …". */
function stripComments(value: string): string {
  let depth = 0;
  let out = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    else if (char === ')' && depth > 0) depth -= 1;
    else if (depth === 0) out += char;
  }
  return out;
}
