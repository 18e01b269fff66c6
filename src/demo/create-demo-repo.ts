import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGit } from '../git/run-git.js';
import { BASE_FILES, PULL_REQUEST_FILES } from './sample-project.js';

export interface DemoRepo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** Writes the sample project into a throwaway git repository: a base commit and a PR commit. */
export async function createDemoRepo(): Promise<DemoRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'launch-ready-demo-'));
  const git = (...args: string[]) => runGit(args, { cwd: dir });
  await git('init', '--quiet', '--initial-branch=main');
  await git('config', 'user.name', 'Demo');
  await git('config', 'user.email', 'demo@example.com');
  await git('config', 'commit.gpgsign', 'false');
  const baseSha = await commitFiles(dir, BASE_FILES, 'Initial shop');
  await git('checkout', '--quiet', '-b', 'feature/checkout');
  const headSha = await commitFiles(dir, PULL_REQUEST_FILES, 'Wire up payments and releases');
  return { dir, baseSha, headSha };
}

async function commitFiles(dir: string, files: Record<string, string>, message: string): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await runGit(['add', '--all'], { cwd: dir });
  await runGit(['commit', '--quiet', '--no-verify', '-m', message], { cwd: dir });
  return (await runGit(['rev-parse', 'HEAD'], { cwd: dir })).trim();
}
