/**
 * The client as the runner gets it: bundled by esbuild with the options of scripts/bundle.mjs
 * (ESM, code splitting, target node20), so undici lands in a chunk of its own that is opened on
 * the first request. Run under this Node it must answer (a bundled CommonJS chunk only has a
 * default export: reading named exports off it broke the first draft); run under a Node older
 * than undici 8 supports (the system Node 20 of CI runners) it must fail that request with words
 * a user can act on, not crash on load.
 */
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { startHttpServer, type TestServer } from '../helpers/test-servers.js';

const run = promisify(execFile);

const ENTRY = `
import { createHttpClient } from './src/http/create-http-client.js';
const client = createHttpClient();
try {
  const response = await client.request({ method: 'GET', url: process.argv[2], timeoutMs: 5000 });
  console.log(JSON.stringify({ status: response.status, body: Buffer.from(response.body).toString() }));
} catch (error) {
  console.log(JSON.stringify({ kind: error.kind, message: error.message }));
}
await client.close();
`;

/** A `node` on PATH, outside node_modules, too old for undici 8 (major < 22). */
function findTooOldNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue;
    try {
      const candidate = realpathSync(join(dir, 'node'));
      accessSync(candidate, constants.X_OK);
      const major = Number(/^v(\d+)\./.exec(execFileSync(candidate, ['--version'], { encoding: 'utf8' }))?.[1]);
      if (major < 22) return candidate;
    } catch {
      // Not there: the next folder.
    }
  }
  return undefined;
}

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'launch-ready-http-bundle-'));
  await build({
    stdin: { contents: ENTRY, resolveDir: resolve('.'), loader: 'js' },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);" },
    logLevel: 'error'
  });
  server = await startHttpServer((_req, res) => res.end('bundled ok'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function runBundle(node: string): Promise<unknown> {
  const { stdout } = await run(node, [join(dir, 'stdin.js'), `${server.url}/`]);
  return JSON.parse(stdout) as unknown;
}

it('answers under this Node', async () => {
  expect(await runBundle(process.execPath)).toEqual({ status: 200, body: 'bundled ok' });
});

const tooOld = findTooOldNode();
(tooOld ? it : it.skip)(`fails the request with a clear message under Node < 22${tooOld ? '' : ' — SKIPPED: no such node on PATH'}`, async () => {
  const version = execFileSync(tooOld!, ['--version'], { encoding: 'utf8' }).trim().slice(1);
  expect(await runBundle(tooOld!)).toEqual({ kind: 'other', message: `sending requests needs Node.js 22.19 or newer (this is ${version})` });
  expect(server.requests).toHaveLength(1); // only the first test's request arrived
});
