// Seeded pseudo-random numbers for the benchmark corpora: the same seed gives byte-identical files
// on every machine, so figures from two runs are about the same input.

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALNUM_LOWER = '0123456789abcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through splitmix32: fast, good enough
 * statistics for test data, and 32-bit integer arithmetic only, so identical on every engine.
 */
export function createRandom(seed) {
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(String(seed));
  const splitmix = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) next();

  const rng = {
    /** [0, 1) */
    next,
    /** Integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    /** Integer in [min, max]. */
    range: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** `count` characters drawn from `alphabet`. */
    chars(alphabet, count) {
      let out = '';
      for (let i = 0; i < count; i += 1) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
    hex: (count) => rng.chars(HEX, count),
    base62: (count) => rng.chars(BASE62, count),
    base64: (count) => rng.chars(BASE64, count),
    base64url: (count) => rng.chars(BASE64URL, count),
    uuid() {
      const h = rng.hex(32);
      const variant = '89ab'[rng.int(4)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    /** Fisher–Yates, in place. */
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
    /** An independent generator derived from this one (so adding draws in one part does not shift another). */
    fork: (label) => createRandom(`${label}:${Math.floor(next() * 4294967296)}`)
  };
  return rng;
}

/** FNV-1a of a string seed. */
function hashSeed(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
