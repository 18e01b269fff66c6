import { resolve } from 'node:path';
import { runGit } from '../git/run-git.js';
import type { Context, Shard } from './context.js';

/** The CLI's context: a local checkout, no event, no token. */
export async function readLocalContext(options: { cwd: string; baseUrl?: string; environment?: string; shard?: Shard }): Promise<Context> {
  const workspace = resolve(options.cwd);
  return {
    eventName: 'local',
    kind: 'local',
    workspace,
    headSha: await gitHead(workspace),
    requested: { baseUrl: options.baseUrl, environment: options.environment },
    hasToken: false,
    ...(options.shard ? { shard: options.shard } : {})
  };
}

async function gitHead(cwd: string): Promise<string | undefined> {
  try {
    return (await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd })).trim() || undefined;
  } catch {
    return undefined;
  }
}
