// Private keys in the shapes RFC 7468 (PEM), PKCS#1/PKCS#8 and OpenSSH's PROTOCOL.key describe:
// the BEGIN/END labels, 64-character base64 lines, and the body's documented opening bytes (DER
// SEQUENCE headers; OpenSSH keys field by field). The key material is seeded random bytes, not a
// working key.
import { Buffer } from 'node:buffer';

/** Base64 of the DER / binary prefix each kind of key file starts with. */
const KINDS = {
  rsa: { label: 'RSA PRIVATE KEY', head: 'MIIEpAIBAAKCAQEA', chars: 1580 },
  pkcs8: { label: 'PRIVATE KEY', head: 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ', chars: 1560 },
  ec: { label: 'EC PRIVATE KEY', head: 'MHcCAQEEI', chars: 160 },
  openssh: { label: 'OPENSSH PRIVATE KEY', head: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', chars: 340 },
  dsa: { label: 'DSA PRIVATE KEY', head: 'MIIBuwIBAAKBgQ', chars: 580 }
};

export const KEY_KINDS = Object.keys(KINDS);

/** The key as lines (BEGIN, body lines, END): 64 characters a line, 70 for OpenSSH as ssh-keygen writes. */
export function privateKeyLines(rng, kind) {
  const { label, head, chars } = KINDS[kind];
  const body = kind === 'openssh' ? openSshEd25519Body(rng) : head + rng.base64(chars - head.length);
  const width = kind === 'openssh' ? 70 : 64;
  const lines = [`-----BEGIN ${label}-----`];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  lines.push(`-----END ${label}-----`);
  return lines;
}

/**
 * An unencrypted Ed25519 key in OpenSSH's format (PROTOCOL.key): magic, cipher and KDF "none",
 * one public key, then the private section (two equal check integers, key type, public key,
 * 64-byte secret, comment, padding 1, 2, 3… to 8 bytes), every field length-prefixed. Structurally
 * valid, with random key bytes.
 */
function openSshEd25519Body(rng) {
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => rng.int(256)));
  const u32 = (n) => {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(n);
    return out;
  };
  const str = (value) => {
    const data = Buffer.isBuffer(value) ? value : Buffer.from(value);
    return Buffer.concat([u32(data.length), data]);
  };
  const publicKey = bytes(32);
  const publicBlob = Buffer.concat([str('ssh-ed25519'), str(publicKey)]);
  const check = bytes(4);
  let secret = Buffer.concat([check, check, str('ssh-ed25519'), str(publicKey), str(Buffer.concat([bytes(32), publicKey])), str('deploy@ci')]);
  for (let pad = 1; secret.length % 8 !== 0; pad += 1) secret = Buffer.concat([secret, Buffer.from([pad])]);
  const whole = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(publicBlob), str(secret)]);
  return whole.toString('base64');
}

/** An armored PGP private key block (RFC 4880 §6.2), with its Version-less header and CRC line. */
export function pgpPrivateKeyLines(rng) {
  const body = 'lQVYBG' + rng.base64(1200);
  const lines = ['-----BEGIN PGP PRIVATE KEY BLOCK-----', ''];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  lines.push(`=${rng.base64(4)}`, '-----END PGP PRIVATE KEY BLOCK-----');
  return lines;
}
