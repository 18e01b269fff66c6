/**
 * Public keys and certificates are meant to be shared: PEM blocks that are not private keys
 * (certificates, public keys, CSRs, RFC 7468 §5–§13), OpenSSH public key lines (RFC 4253 §6.6
 * `ssh-rsa AAAA…`), and, for generic rules, values assigned to a name that says public or
 * publishable. Their base64 bodies are high-entropy strings generic rules would report.
 */
import type { FilterInput, SharedFilter } from './filter-types.js';
import { lineBefore } from '../line-index.js';

/** How far back to look for the `-----BEGIN` of the block a value sits in (a 16384-bit RSA certificate is under 12 KB). */
const PEM_LOOKBEHIND = 16_384;

const PUBLIC_PEM_HEAD = /^-----BEGIN (?!.*PRIVATE)[A-Z0-9 ]+-----/;
const OPENSSH_PUBLIC = /(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) +[A-Za-z0-9+/=]*$/;
const PUBLIC_NAME = /public|publishable/i;

export function isPublicKeyMaterial(input: FilterInput): boolean {
  const { value, text, start } = input;
  if (PUBLIC_PEM_HEAD.test(value)) return true;
  if (insidePublicPemBlock(text, start)) return true;
  const before = lineBefore(text, start, 256);
  if (OPENSSH_PUBLIC.test(before) || /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-) /.test(value)) return true;
  return input.rule.category === 'generic' && PUBLIC_NAME.test(nameBefore(before));
}

/** Whether the nearest `-----BEGIN …-----` before `offset` opens a public block not yet ended. */
function insidePublicPemBlock(text: string, offset: number): boolean {
  // Searched within the look-behind window only: from `offset` back to the file's start, every
  // candidate of a large file without PEM blocks rescanned the file (~0.5 s on a 200 MB corpus).
  const windowStart = Math.max(0, offset - PEM_LOOKBEHIND);
  const inWindow = text.slice(windowStart, offset + '-----BEGIN '.length).lastIndexOf('-----BEGIN ');
  if (inWindow === -1) return false;
  const begin = windowStart + inWindow;
  const end = text.indexOf('-----END ', begin);
  if (end !== -1 && end < offset) return false;
  const headEnd = text.indexOf('-----', begin + 11);
  return headEnd !== -1 && PUBLIC_PEM_HEAD.test(text.slice(begin, headEnd + 5));
}

/** The identifier an assignment gives the value: `VAPID_PUBLIC_KEY` in `VAPID_PUBLIC_KEY = "…"`. */
function nameBefore(before: string): string {
  const match = /([A-Za-z0-9_.-]+)["']?\s*(?::|=|:=|=>)\s*["'`]?$/.exec(before);
  return match?.[1] ?? '';
}

export const publicKeyFilter: SharedFilter = {
  name: 'public-key',
  judge: (input) => (isPublicKeyMaterial(input) ? 'drop' : 'keep')
};
