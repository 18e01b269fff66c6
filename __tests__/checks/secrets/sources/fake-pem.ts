/**
 * A PEM private-key block of random-looking base64, assembled at run time (a literal key in the
 * repository would trip push protection and our own scan). Deterministic: a fixed LCG, no
 * repeated runs or ascending sequences that the placeholder filter drops.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function fakePrivateKeyBlock(kind = 'RSA'): string {
  let state = 0x2545f491;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return ALPHABET[(state >>> 16) % 64]!;
  };
  const body = Array.from({ length: 8 }, () => Array.from({ length: 64 }, next).join(''));
  const label = `${kind} PRIVATE KEY`;
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n');
}
