/** What the run is about, from the GitHub event (action) or the local git repository (CLI). */

export type EventKind =
  | 'pull_request'
  | 'push'
  | 'merge_group'
  | 'deployment_status'
  | 'workflow_dispatch'
  | 'workflow_run'
  | 'schedule'
  | 'local'
  | 'other';

export interface Context {
  /** The raw event name (`pull_request_target` stays visible here); `kind` is what checks branch on. */
  eventName: string;
  kind: EventKind;
  /** Absolute path of the repository checkout the checks read. */
  workspace: string;
  /** `owner/name`, when known. */
  repository?: { owner: string; repo: string };
  pullRequest?: { number: number; baseSha: string; headSha: string };
  /** For push and merge_group: the commit range; `before` is undefined for a new branch. */
  push?: { before?: string; after: string };
  headSha?: string;
  /** The deployment_status event's URL (`environment_url`, else `target_url`). Checks use `resolveTarget`. */
  deployUrl?: string;
  /** The deployment_status event's environment name. Checks use `resolveTarget`. */
  environment?: string;
  /**
   * What this run was asked to test: the `base-url` / `environment` inputs of the action, or
   * `--base-url` / `--environment` of the CLI. They win over the event (see `resolveTarget`).
   */
  requested?: { baseUrl?: string; environment?: string };
  /** `https://github.com/owner/name`, for links to files at `headSha`. */
  repositoryUrl?: string;
  /** Link to the workflow run, where the job summary is. */
  runUrl?: string;
  /** A push to the repository's default branch: this run may record references for later runs. */
  onDefaultBranch?: boolean;
  /** Whether a GitHub token is available for API calls. */
  hasToken: boolean;
  /**
   * This job's share of the files (the `shard` input, `--shard i/n`): scans read only the paths
   * whose hash falls in it, so a matrix of `count` jobs covers each file once. Default: all files.
   */
  shard?: Shard;
}

/** One of `count` deterministic slices of the files; `index` is 1-based (`--shard 2/4`). */
export interface Shard {
  index: number;
  count: number;
}
