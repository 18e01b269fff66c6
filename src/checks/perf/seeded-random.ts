/**
 * The bootstrap's randomness, seeded from what is compared: the same samples give the same
 * intervals and the same verdict on a re-run, so a verdict never flips by chance alone.
 * mulberry32 (public domain, by Tommy Ettinger); a string seed is hashed to its 32-bit state.
 */
import { createHash } from 'node:crypto';

// Looked up once: a global read per call costs ~100 ns in Jest's sandbox, and the bootstrap draws millions.
const imul = Math.imul;

export function seededRandom(seed: string | number): () => number {
  let state = typeof seed === 'number' ? seed >>> 0 : createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = imul(state ^ (state >>> 15), state | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
