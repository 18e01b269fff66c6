// Private keys in the shapes RFC 7468 (PEM), PKCS#1/PKCS#8 and OpenSSH's PROTOCOL.key describe:
// the BEGIN/END labels, 64-character base64 lines, and the body's documented opening bytes (DER
// SEQUENCE headers, "openssh-key-v1\0"). The bodies are seeded random base64, not working keys.

/** Base64 of the DER / binary prefix each kind of key file starts with. */
const KINDS = {
  rsa: { label: 'RSA PRIVATE KEY', head: 'MIIEpAIBAAKCAQEA', chars: 1580 },
  pkcs8: { label: 'PRIVATE KEY', head: 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ', chars: 1560 },
  ec: { label: 'EC PRIVATE KEY', head: 'MHcCAQEEI', chars: 160 },
  openssh: { label: 'OPENSSH PRIVATE KEY', head: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', chars: 340 },
  dsa: { label: 'DSA PRIVATE KEY', head: 'MIIBuwIBAAKBgQ', chars: 580 }
};

export const KEY_KINDS = Object.keys(KINDS);

/** The key as lines (BEGIN, 64-character body lines, END). */
export function privateKeyLines(rng, kind) {
  const { label, head, chars } = KINDS[kind];
  const body = head + rng.base64(chars - head.length);
  const lines = [`-----BEGIN ${label}-----`];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  lines.push(`-----END ${label}-----`);
  return lines;
}

/** An armored PGP private key block (RFC 4880 §6.2), with its Version-less header and CRC line. */
export function pgpPrivateKeyLines(rng) {
  const body = 'lQVYBG' + rng.base64(1200);
  const lines = ['-----BEGIN PGP PRIVATE KEY BLOCK-----', ''];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  lines.push(`=${rng.base64(4)}`, '-----END PGP PRIVATE KEY BLOCK-----');
  return lines;
}
