// Offline checksums that some providers build into their token formats, so the generated values
// pass the check a careful scanner makes (a random string with the right prefix would not).
import { BASE62 } from '../prng.mjs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3, the zlib one) of an ASCII string. */
export function crc32(text) {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i += 1) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** `n` in base 62 (0-9A-Za-z), left-padded with `0` to `width`. */
export function base62(n, width) {
  let out = '';
  let rest = n;
  do {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub's and npm's token body: 30 random base62 characters and a 6-character base62 CRC-32 of
 * them. GitHub: "Behind GitHub's new authentication token formats" (github.blog, 2021-04-05);
 * npm: "Announcing npm's new access token format" (github.blog, 2021-09-23).
 */
export function checksummedBody(rng) {
  const random = rng.base62(30);
  return random + base62(crc32(random), 6);
}
