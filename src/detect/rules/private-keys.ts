/**
 * Private keys: PEM (RFC 7468) and OpenPGP armor (RFC 4880 §6.2) blocks, PuTTY key files and age
 * identities. Public keys and certificates (`BEGIN PUBLIC KEY`, `BEGIN CERTIFICATE`) are not
 * matched: they are meant to be shared.
 *
 * PEM rules run over the whole file and take the block from BEGIN to END, so the fingerprint
 * covers the key body and two keys with the same header stay two findings. The block is also
 * found inside JSON and quoted strings, where its newlines are the two characters `\n`. Where only
 * the header is visible (a diff that adds one line, a truncated paste) the header alone is the
 * finding.
 */
import type { SecretRule } from '../contracts.js';
import { rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const KEY_TYPE = String.raw`(?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE KEY(?: BLOCK)?`;

/** Whitespace or escaped newlines between the header and what follows. */
const GAP = String.raw`[\s\\nr]{1,8}`;

/** A legacy encrypted PEM (RFC 1421 `Proc-Type`) or an OpenSSH key whose cipher is not `none`. */
const ENCRYPTED_BODY = String.raw`(?:Proc-Type: 4,ENCRYPTED|b3BlbnNzaC1rZXktdjEAAAAA(?!BG5vbmU))`;

/**
 * The header ends its line, or is followed by an escaped newline and base64: not a header
 * constant in a PEM parser (`line === '-----BEGIN RSA PRIVATE KEY-----'`).
 */
const HEADER_LINE_END = String.raw`(?=[ \t]{0,8}(?:[\r\n]|$)|(?:\\r)?\\n[A-Za-z0-9+/])`;

/** The body up to the first END line, if the block is whole; lazy, so two keys stay two blocks. */
const OPTIONAL_BODY = String.raw`(?:[A-Za-z0-9+/=\s\\:,.-]{0,16384}?-----END [A-Z ]{0,30}PRIVATE KEY(?: BLOCK)?-----)?`;

/**
 * Documentation shows blocks with an elided body (`MIIE...`, `<base64>`, `xxxx`) or a few
 * characters; a real key body has at least 64 base64 characters (a P-256 EC key has about 160).
 */
export function isElidedKeyBlock(block: string): boolean {
  if (!block.includes('-----END')) return false;
  const body = block.replace(/^-----BEGIN[^-]*-----|-----END[^-]*-----$/g, '');
  if (/\.\.\.|…|x{4}|X{4}|<[^>]*>/.test(body)) return true;
  return body.replace(/\\[nrt]|[^A-Za-z0-9+/]/g, '').length < 64;
}

const KEY_ROTATE = rotateThenRemove(
  'generate a new key pair, replace the public key wherever it is trusted (deploy keys, authorized_keys, certificate authorities, JWT verifiers), and revoke the old certificate or key there'
);

export const PRIVATE_KEY_RULES: readonly SecretRule[] = [
  {
    id: 'private-key',
    title: 'Private key',
    description: 'Unencrypted PEM and PGP private key blocks: RSA, EC, DSA, OpenSSH, PKCS#8 (`BEGIN PRIVATE KEY`), PGP.',
    severity: 'critical',
    keywords: ['private key'],
    pattern: rx`-----BEGIN ${KEY_TYPE}-----(?!${GAP}${ENCRYPTED_BODY})${HEADER_LINE_END}${OPTIONAL_BODY}`,
    scope: 'file',
    isFalsePositive: isElidedKeyBlock,
    remediation: KEY_ROTATE,
    category: 'key'
  },
  // An encrypted key still needs its passphrase, which is often next to it; lower, not ignored.
  {
    id: 'encrypted-private-key',
    title: 'Encrypted private key',
    description: 'Passphrase-protected private keys: PKCS#8 `BEGIN ENCRYPTED PRIVATE KEY`, legacy PEM with `Proc-Type: 4,ENCRYPTED`, encrypted OpenSSH keys.',
    severity: 'medium',
    keywords: ['private key'],
    pattern: rx`-----BEGIN (?:ENCRYPTED PRIVATE KEY-----|${KEY_TYPE}-----(?=${GAP}${ENCRYPTED_BODY}))${HEADER_LINE_END}${OPTIONAL_BODY}`,
    scope: 'file',
    isFalsePositive: isElidedKeyBlock,
    remediation: KEY_ROTATE,
    category: 'key'
  },
  // Unencrypted PPK files: https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html
  {
    id: 'putty-private-key',
    title: 'PuTTY private key',
    description: 'Unencrypted PuTTY private key files (`PuTTY-User-Key-File-2/3` with `Encryption: none`).',
    severity: 'critical',
    keywords: ['putty-user-key-file'],
    pattern: rx`PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,40}\r?\nEncryption: none[\s\S]{0,16384}?Private-MAC: [0-9a-f]{40,64}`,
    scope: 'file',
    remediation: KEY_ROTATE,
    category: 'key'
  },
  // Identities `AGE-SECRET-KEY-1` + bech32: https://age-encryption.org/v1
  {
    id: 'age-secret-key',
    title: 'age secret key',
    description: 'age encryption identities (`AGE-SECRET-KEY-1` + 58 bech32 characters): decrypt every file encrypted to it.',
    severity: 'critical',
    keywords: ['age-secret-key-1'],
    pattern: rx`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Z0-9])`,
    remediation: rotateThenRemove(
      'generate a new identity with `age-keygen`, re-encrypt the files (and SOPS data keys) to its recipient, and remove the old recipient'
    ),
    category: 'key'
  }
];
