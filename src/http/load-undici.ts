/**
 * undici 8 needs Node.js 22.19 or newer, but the CLI's commands that send no request (secrets,
 * env) still run on Node 20 (package.json engines). So undici is imported on the first request,
 * never at module load; the bundle keeps it in a chunk of its own that Node 20 never opens.
 */
import { HttpFailure } from './http-types.js';

/** undici 8's package.json `engines.node`: >=22.19.0. */
const OLDEST = { major: 22, minor: 19 } as const;

/** Whether Node.js `version` (e.g. `22.19.0`, as in `process.versions.node`) can run undici 8. */
export function canRunUndici(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > OLDEST.major || (major === OLDEST.major && minor >= OLDEST.minor);
}

/** Imports undici, or fails with a message a user can act on when this Node is too old. */
export async function loadUndici(version: string = process.versions.node): Promise<typeof import('undici')> {
  if (!canRunUndici(version)) {
    throw new HttpFailure('other', `sending requests needs Node.js ${OLDEST.major}.${OLDEST.minor} or newer (this is ${version})`);
  }
  const loaded = await import('undici');
  // undici is CommonJS: Node's ESM loader gives named exports, but a chunk of the esbuild bundle
  // only `export default module.exports`. The default is the whole module in both.
  return ((loaded as { default?: unknown }).default ?? loaded) as typeof import('undici');
}
