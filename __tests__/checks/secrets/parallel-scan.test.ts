/**
 * Scan workers: a tree and its artifacts scanned by the main thread and workers report exactly what
 * the main thread alone reports — findings, fingerprints (located ones included), allow entries
 * and inline markers used or not, committed env files, secret env values in artifacts — and a worker
 * that fails fails the scan with the reason. The workers run the bundled worker (dist/scan-worker.js,
 * which `npm run check-dist` holds equal to a fresh build of src/).
 */
import { existsSync } from 'node:fs';
import { checkDeps } from '../../helpers/check-deps.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckDeps } from '../../../src/checks/check.js';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { prestartWorkers } from '../../../src/cli/prestart-scan-workers.js';
import { startScanWorkers } from '../../../src/checks/secrets/parallel/scan-workers.js';
import { FILES_BEFORE_WORKERS, scanSources, type ScanWorkers } from '../../../src/checks/secrets/scan-sources.js';
import { createScannerFromSetup, type ScannerSetup } from '../../../src/checks/secrets/scanner-setup.js';
import { readTreeFiles } from '../../../src/checks/secrets/sources/tree-files.js';
import type { Config } from '../../../src/config/config-types.js';
import { envDefaults } from '../../../src/config/to-config.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE, outputSurface } from './fake-secrets.js';

const WORKER_URL = pathToFileURL(join(process.cwd(), 'dist', 'scan-worker.js'));
const FILES = 300;
/**
 * Each feature at files the main thread scans (before the workers start) and at files a worker
 * scans (the first files offered fill its queue before it can answer), and further on.
 */
const FEATURED = [3, 40, FILES_BEFORE_WORKERS + 2, FILES_BEFORE_WORKERS + 9, 260];
/**
 * Person-chosen values (their fingerprints take scrypt): one per featured file, one shared by a
 * main-thread and a worker file. Not words with digits (`Wint3r-Garden-3`): the generic rule takes
 * only values that look generated (#16).
 */
const password = (index: number) => ['Wq7!nt3r', 'Gx4rd#n', String(index === FEATURED[2] ? FEATURED[1] : index)].join('-');
const DATABASE_PASSWORD = ['pg', 'Pass', '-7Hq2', 'Lw9Zx'].join('');

function fileText(index: number): string {
  const filler = `export const value${index} = ${index};\n// nothing to see here\n`;
  if (!FEATURED.includes(index)) return filler;
  return [
    filler,
    `const token = '${FAKE.githubClassic}';`,
    `const config = { db_password: "${password(index)}" };`,
    `const npm = '${FAKE.npmToken}';`,
    '// launch-ready:allow fixture key for the parallel scan test',
    `const stripe = '${FAKE.stripeLive}';`,
    '// launch-ready:allow nothing below this one',
    'const harmless = 1;',
    ''
  ].join('\n');
}

const name = (index: number) => `a/f${String(index).padStart(3, '0')}.ts`;

describe('secrets scan with workers', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    if (!existsSync(WORKER_URL)) throw new Error('dist/scan-worker.js is missing: run npm run build');
    repo = await createRepo();
    for (let index = 0; index < FILES; index += 1) await repo.write(name(index), fileText(index));
    await repo.write(name(FEATURED[0] as number).replace('.ts', '/.env'), `AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}\n`);
    await repo.write(name(FEATURED[3] as number).replace('.ts', '/.env'), 'LOG_LEVEL=info\n');
    await repo.write('.gitignore', 'dist/\n');
    await repo.commit('files');
    await mkdir(join(repo.dir, 'dist'), { recursive: true });
    for (let index = 0; index < 40; index += 1) {
      const shipped = index === 30 ? `var db=${JSON.stringify({ password: DATABASE_PASSWORD })};` : '';
      await writeFile(join(repo.dir, 'dist', `chunk-${index}.js`), `var a=${index};${shipped}\n`);
    }
  });

  afterAll(() => repo.cleanup());

  const config: Config = {
    ...configWith({
      scan: 'tree',
      artifacts: ['dist/**'],
      allow: [
        { rule: 'npm-token', path: name(FEATURED[0] as number), reason: 'scanned on the main thread' },
        { rule: 'npm-token', path: name(FEATURED[2] as number), reason: 'scanned by a worker' },
        { rule: 'npm-token', path: 'nowhere/**', reason: 'used by nothing' }
      ]
    }),
    env: { ...envDefaults(), files: [], vars: { DATABASE_PASSWORD: { type: 'string', secret: true } } }
  };
  const context = (): Context => ({ eventName: 'local', kind: 'local', workspace: repo.dir, hasToken: false });
  const deps = (threads?: number): CheckDeps =>
    checkDeps({
      logger: recordingLogger(),
      env: { DATABASE_PASSWORD },
      threads: threads === undefined ? undefined : { workerUrl: WORKER_URL, count: threads }
    });

  test('reports what the main thread alone reports, and leaks nothing', async () => {
    const alone = await secretsCheck.run(config, context(), deps());
    const logger = recordingLogger();
    const withWorkers = await secretsCheck.run(config, context(), { ...deps(3), logger });

    expect(withWorkers).toEqual(alone);
    const count = (ruleId: string) => alone.findings.filter((finding) => finding.ruleId === ruleId).length;
    expect(count('github-token')).toBe(FEATURED.length);
    // One per featured file, and the password shipped in dist/chunk-30.js (its known value is a finding too).
    expect(count('generic-secret')).toBe(FEATURED.length + 1);
    // Allowed in two files by path, in none by the third entry, which is reported unused.
    expect(count('npm-token')).toBe(FEATURED.length - 2);
    expect(alone.findings.filter((finding) => finding.ruleId === 'unused-suppression').map((finding) => finding.location)).toEqual([
      ...FEATURED.map((index) => ({ kind: 'file', path: name(index), line: 9, column: 4 })),
      { kind: 'file', path: 'launch-ready.yml', line: 1 }
    ]);
    expect(count('stripe-live-secret-key')).toBe(0);
    expect(count('committed-env-file')).toBe(2);
    expect(count('env-secret-in-artifact')).toBe(1);
    // Passwords are published under located fingerprints (one per file, two files share a password),
    // the same whichever thread found them: a worker's provisional id never reaches the report.
    const generic = alone.findings.filter((finding) => finding.ruleId === 'generic-secret').map((finding) => finding.fingerprint);
    // One per file: the featured files and dist/chunk-30.js.
    expect(new Set(generic).size).toBe(FEATURED.length + 1);
    // The files, two env files and .gitignore; the artifacts.
    expect(alone.metrics).toMatchObject({ filesScanned: FILES + 3 + 40 });
    expectNotLeaked(outputSurface(withWorkers, logger), [...Object.values(FAKE), ...FEATURED.map(password), DATABASE_PASSWORD]);
  });

  test('the workers take files once the scan is large enough, and answer for each', async () => {
    const setup: ScannerSetup = { secrets: config.secrets, knownValues: [], today: new Date().toISOString() };
    const scanner = createScannerFromSetup(setup, 'main');
    let offered = 0;
    let taken = 0;
    const startWorkers = (): ScanWorkers => {
      const scanHere = () => {
        throw new Error('the worker died');
      };
      const workers = startScanWorkers({ url: WORKER_URL, count: 1, setup, absorb: (share) => scanner.absorb(share), scanHere });
      return {
        ...workers,
        offer(file, committed) {
          offered += 1;
          const result = workers.offer(file, committed);
          if (result) taken += 1;
          return result;
        }
      };
    };
    const { findings } = await scanSources([{ items: readTreeFiles({ workspace: repo.dir, isSelected: () => true }), committed: true }], scanner, { startWorkers });
    // Every file on disk from the one that starts the workers on: the files, two env files and .gitignore.
    expect(offered).toBe(FILES + 3 - FILES_BEFORE_WORKERS + 1);
    expect(taken).toBeGreaterThanOrEqual(32);
    expect(findings.filter((finding) => finding.ruleId === 'github-token')).toHaveLength(FEATURED.length);
  });

  test('prestarted workers are taken before new ones are started, and the report is the same', async () => {
    const alone = await secretsCheck.run(config, context(), deps());
    const started = prestartWorkers(WORKER_URL, 2);
    let taken = 0;
    const prestarted = {
      take() {
        const worker = started.take();
        if (worker) taken += 1;
        return worker;
      }
    };
    expect(await secretsCheck.run(config, context(), { ...deps(), threads: { workerUrl: WORKER_URL, count: 3, prestarted } })).toEqual(alone);
    expect(taken).toBe(2);
    expect(started.take()).toBeUndefined();
  });

  test('workers started at once take no file of a small scan, and are stopped without waiting for them', async () => {
    const setup: ScannerSetup = { secrets: config.secrets, knownValues: [], today: new Date().toISOString() };
    const scanner = createScannerFromSetup(setup, 'main');
    let started = 0;
    let offered = 0;
    let finished = 0;
    const startWorkers = (scanHere: Parameters<typeof startScanWorkers>[0]['scanHere']): ScanWorkers => {
      started += 1;
      const workers = startScanWorkers({ url: WORKER_URL, count: 1, setup, absorb: (share) => scanner.absorb(share), scanHere });
      return {
        ...workers,
        offer(file, committed) {
          offered += 1;
          return workers.offer(file, committed);
        },
        async finish() {
          finished += 1;
          await workers.finish();
        }
      };
    };
    const small = (path: string) => path === name(FEATURED[0] as number) || path === name(FEATURED[1] as number);
    const stream = readTreeFiles({ workspace: repo.dir, isSelected: small });
    const { findings } = await scanSources([{ items: stream, committed: true }], scanner, { startWorkers, startWorkersAtOnce: true });
    expect([started, offered, finished]).toEqual([1, 0, 1]);
    expect(findings.filter((finding) => finding.ruleId === 'github-token')).toHaveLength(2);
  });

  test('a large tree scanned with workers started at once reports what the main thread alone reports', async () => {
    const setup: ScannerSetup = { secrets: config.secrets, knownValues: [], today: new Date().toISOString() };
    const scan = async (startWorkersAtOnce: boolean) => {
      const scanner = createScannerFromSetup(setup, 'main');
      const startWorkers = (scanHere: Parameters<typeof startScanWorkers>[0]['scanHere']) =>
        startScanWorkers({ url: WORKER_URL, count: 1, setup, absorb: (share) => scanner.absorb(share), scanHere });
      const options = startWorkersAtOnce ? { startWorkers, startWorkersAtOnce } : {};
      const { findings, tally } = await scanSources([{ items: readTreeFiles({ workspace: repo.dir, isSelected: () => true }), committed: true }], scanner, options);
      return { findings: await scanner.settleFingerprints(findings), tally };
    };
    expect(await scan(true)).toEqual(await scan(false));
  });

  describe('a worker that dies', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'launch-ready-worker-'));
      await writeFile(join(dir, 'throws.mjs'), "throw new Error('the worker could not load its rules');\n");
      // Exits at its second batch of files (the setup comes first), with files of both batches unanswered.
      await writeFile(join(dir, 'exits.mjs'), "import { parentPort } from 'node:worker_threads';\nlet seen = 0;\nparentPort.on('message', () => (seen += 1) === 3 && process.exit(3));\n");
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    test.each([
      ['throws as it starts', 'throws.mjs', join('missing', 'scan-worker.js')],
      ['exits mid-scan', 'exits.mjs', 'missing-script.js']
    ])('costs nothing but time when it %s (or its script is missing): its files are scanned on the main thread', async (_what, script, missing) => {
      const alone = await secretsCheck.run(config, context(), deps());
      for (const url of [pathToFileURL(join(dir, script)), pathToFileURL(join(dir, missing))]) {
        expect(await secretsCheck.run(config, context(), { ...deps(), threads: { workerUrl: url, count: 3 } })).toEqual(alone);
        // Started ahead, it may fail before it is taken (then the pool starts its own) or after.
        const prestarted = prestartWorkers(url, 2);
        expect(await secretsCheck.run(config, context(), { ...deps(), threads: { workerUrl: url, count: 3, prestarted } })).toEqual(alone);
      }
    });
  });
});
