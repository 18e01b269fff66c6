/** `launch-ready env init` on the fixture app: the YAML it writes, its round trip, and its refusals. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { envInitCommand } from '../../../src/checks/env/init-command.js';
import { parseCliArgs, type CliCommand } from '../../../src/cli/parse-cli-args.js';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import { ConfigError } from '../../../src/errors.js';
import { recordingLogger } from '../../../src/logger.js';
import { copyEnvApp } from './drift/env-app.js';

type EnvInitCommand = Extract<CliCommand, { name: 'env-init' }>;

function recordingIo(): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (text) => void out.push(text), logger: recordingLogger(), color: false };
}

function init(argv: string[], cwd: string): EnvInitCommand {
  return parseCliArgs(['env', 'init', '--cwd', cwd, ...argv]) as EnvInitCommand;
}

/** Values of the fixture's .env.example that are not placeholders: never written. */
const REAL_VALUES = ['team@acme-shop.io', 'info'];

describe('env init on the fixture app', () => {
  let app: Awaited<ReturnType<typeof copyEnvApp>>;

  beforeEach(async () => {
    app = await copyEnvApp();
    await rm(join(app.dir, 'launch-ready.yml'));
  });

  afterEach(() => app.cleanup());

  test('writes launch-ready.yml from .env.example and the code, and it parses back', async () => {
    const io = recordingIo();
    expect(await envInitCommand(init([], app.dir), io)).toBe(0);
    const yaml = await readFile(join(app.dir, 'launch-ready.yml'), 'utf8');
    expect(yaml).toMatchSnapshot();
    expect(io.out.join('')).toBe(
      'Wrote launch-ready.yml: 24 variables (12 from .env.example, 12 only in code). Review it: mark what is required and tighten the types.\n'
    );
    const config = parseConfig(yaml, 'launch-ready.yml');
    expect(config.env?.files).toEqual(['.env.example']);
    expect(config.env?.vars.DATABASE_URL).toEqual({
      type: 'url',
      protocols: ['postgres'],
      secret: true,
      description: 'Postgres connection string for the app database',
      example: 'postgres://postgres:postgres@localhost:5432/app'
    });
    expect(config.env?.vars.NEXT_PUBLIC_API_URL).toMatchObject({ type: 'https-url', public: true });
    expect(config.env?.vars.ADMIN_EMAIL).toEqual({ type: 'string' });
    for (const value of REAL_VALUES) expect(yaml).not.toMatch(new RegExp(`example: "?${value}`));
    expect(yaml).not.toContain('team@acme-shop.io');
  });

  test('--output - prints the schema and writes nothing', async () => {
    const io = recordingIo();
    expect(await envInitCommand(init(['--output', '-'], app.dir), io)).toBe(0);
    expect(parseConfig(io.out.join(''), 'launch-ready.yml').env?.vars).toHaveProperty('STRIPE_SECRET_KEY');
    await expect(readFile(join(app.dir, 'launch-ready.yml'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('another template name is read and named in env.files', async () => {
    await writeFile(join(app.dir, '.env.sample'), await readFile(join(app.dir, '.env.example')));
    await rm(join(app.dir, '.env.example'));
    const io = recordingIo();
    await envInitCommand(init(['--output', '-'], app.dir), io);
    expect(parseConfig(io.out.join(''), 'launch-ready.yml').env?.files).toEqual(['.env.sample']);
  });

  test('an existing config file is never overwritten without --force', async () => {
    await writeFile(join(app.dir, 'launch-ready.yaml'), 'failOn: high\n');
    await expect(envInitCommand(init([], app.dir), recordingIo())).rejects.toThrow(
      new ConfigError('launch-ready.yaml already exists; pass --force to overwrite it, or --output - to print the schema and copy its env section by hand')
    );
    expect(await readFile(join(app.dir, 'launch-ready.yaml'), 'utf8')).toBe('failOn: high\n');
    expect(await envInitCommand(init(['--force'], app.dir), recordingIo())).toBe(0);
    expect(await readFile(join(app.dir, 'launch-ready.yaml'), 'utf8')).toContain('STRIPE_SECRET_KEY');
  });

  test('--output names a file relative to the current directory', async () => {
    const out = join(app.dir, 'config', 'schema.yml');
    await expect(envInitCommand(init(['--output', out], app.dir), recordingIo())).rejects.toThrow(/cannot write .*schema\.yml \(ENOENT\)/);
    const io = recordingIo();
    expect(await envInitCommand(init(['--output', join(app.dir, 'schema.yml')], app.dir), io)).toBe(0);
    expect(io.out.join('')).toMatch(/^Wrote .*schema\.yml: 24 variables/);
  });
});

test('a folder with no .env.example and no code gets an empty schema that parses', async () => {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-empty-')));
  try {
    const io = recordingIo();
    await envInitCommand(init(['--output', '-'], dir), io);
    const yaml = io.out.join('');
    expect(yaml).toContain('from the env vars read in 0 files of code (no .env.example found)');
    expect(parseConfig(yaml, 'launch-ready.yml').env?.vars).toEqual({});
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a --cwd that is not a folder is a usage error', async () => {
  await expect(envInitCommand(init([], '/nonexistent/launch-ready'), recordingIo())).rejects.toThrow(
    new ConfigError('--cwd /nonexistent/launch-ready: no such folder; expected the repository to read')
  );
});

describe('argv', () => {
  test('env init with every option', () => {
    expect(parseCliArgs(['env', 'init', '--output', 'lr.yml', '--force', '--cwd', '/repo'])).toEqual({ name: 'env-init', cwd: '/repo', output: 'lr.yml', force: true });
  });

  test.each([
    [['env'], 'launch-ready env: expected init; got nothing (see launch-ready --help)'],
    [['env', 'check'], 'launch-ready env: expected init; got "check" (see launch-ready --help)'],
    [['env', 'init', 'src'], 'unexpected argument "src"; env init takes no paths (see launch-ready --help)']
  ])('usage error for %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new ConfigError(message));
  });
});

describe('exit codes of the built CLI', () => {
  let dir: string;
  let cli: (args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-env-cli-')));
    // A fresh bundle of src/ (dist/ may predate this command), built as scripts/bundle.mjs does.
    await build({
      entryPoints: { cli: resolve('src/cli.ts') },
      outdir: dir,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      banner: { js: "import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);" },
      logLevel: 'error'
    });
    cli = (args) =>
      new Promise((done) => {
        execFile(process.execPath, [join(dir, 'cli.js'), ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '' } }, (error, stdout, stderr) => {
          done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
        });
      });
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('0 when written, 2 with a one-line message for usage errors', async () => {
    const app = await copyEnvApp();
    try {
      expect(await cli(['env', 'init', '--cwd', app.dir, '--output', '-'])).toMatchObject({ code: 0, stderr: '' });
      expect(await cli(['env', 'init', '--cwd', app.dir])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'launch-ready: launch-ready.yml already exists; pass --force to overwrite it, or --output - to print the schema and copy its env section by hand\n'
      });
      expect(await cli(['env', 'init', '--cwd', app.dir, '--force'])).toMatchObject({ code: 0 });
      expect((await cli(['env', 'nope'])).code).toBe(2);
      expect((await cli(['env', 'init', '--frobnicate'])).code).toBe(2);
      expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('launch-ready env init') });
    } finally {
      await app.cleanup();
    }
  });
});
