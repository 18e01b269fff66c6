import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { loadConfig } from '../../src/config/load-config.js';
import { defaultConfig } from '../../src/config/to-config.js';

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'launch-ready-config-'));
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function write(relative: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(workspace, relative)), { recursive: true });
  await writeFile(path.join(workspace, relative), text);
}

describe('loadConfig', () => {
  test('no file and no path: the defaults, without a file', async () => {
    const config = await loadConfig({ workspace });
    expect(config).toStrictEqual(defaultConfig());
    expect(config).toStrictEqual({
      failOn: 'critical',
      headers: {},
      timeoutMs: 600_000,
      secrets: { scan: 'diff', paths: { include: [], exclude: [] }, artifacts: [], allow: [], disableRules: [], rules: [] }
    });
  });

  test.each([
    { name: 'launch-ready.yml', path: undefined },
    { name: 'launch-ready.yaml', path: undefined },
    { name: 'ci/launch.yml', path: 'ci/launch.yml' },
    { name: 'ci/launch.yml', path: './ci/../ci/launch.yml' }
  ])('reads $name (path: $path), keeping its workspace-relative path', async ({ name, path: given }) => {
    await write(name, 'failOn: high\n');
    const config = await loadConfig({ workspace, path: given });
    expect(config).toMatchObject({ file: name, failOn: 'high' });
  });

  test('an absolute path inside the workspace is named relative to it', async () => {
    await write('config/launch-ready.yml', 'failOn: low\n');
    const config = await loadConfig({ workspace, path: path.join(workspace, 'config', 'launch-ready.yml') });
    expect(config.file).toBe('config/launch-ready.yml');
  });

  test('.yml wins over .yaml', async () => {
    await write('launch-ready.yml', 'failOn: high\n');
    await write('launch-ready.yaml', 'failOn: low\n');
    expect((await loadConfig({ workspace })).failOn).toBe('high');
  });

  test.each([{ path: 'ci/missing.yml' }, { path: 'launch-ready.yml' }])(
    'an explicit path that does not exist is a ConfigError ($path)',
    async ({ path: given }) => {
      const load = loadConfig({ workspace, path: given });
      await expect(load).rejects.toThrow(ConfigError);
      await expect(loadConfig({ workspace, path: given })).rejects.toThrow(
        `config file ${given} not found; expected a YAML file at that path relative to the workspace`
      );
    }
  );

  test('a directory is a ConfigError', async () => {
    await mkdir(path.join(workspace, 'launch-ready.yml'));
    await expect(loadConfig({ workspace })).rejects.toThrow('config file launch-ready.yml is a directory; expected a YAML file');
  });

  test('errors name the workspace-relative path with line and column', async () => {
    await write('.github/launch-ready.yml', 'perf:\n  samles: 10\n');
    await expect(loadConfig({ workspace, path: '.github/launch-ready.yml' })).rejects.toThrow(
      '.github/launch-ready.yml:2:3: unknown key "samles" in perf; did you mean "samples"?'
    );
  });

  test('a byte-order mark is ignored', async () => {
    await write('launch-ready.yml', '\uFEFFfailOn: medium\n');
    expect((await loadConfig({ workspace })).failOn).toBe('medium');
  });
});
