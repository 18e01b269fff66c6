/**
 * Names the platform, the runtime or the CI runner sets, which an app reads but never declares:
 * drift never reports them as undeclared (in code or in `.env.example`). A variable the schema does
 * declare is the user's choice and is treated like any other.
 */

/**
 * The one list. `exact` names and `prefixes` are matched case-sensitively; `viteBuiltIns` are the
 * keys Vite itself puts on `import.meta.env` (https://vite.dev/guide/env-and-mode#built-in-constants),
 * which are not environment variables at all, so `import.meta.env.MODE` is not even a reference.
 */
export const PLATFORM_NAMES = {
  exact: [
    // Node.js and its tooling (https://nodejs.org/api/cli.html#environment-variables)
    'NODE_ENV',
    'NODE_OPTIONS',
    'NODE_DEBUG',
    'NODE_EXTRA_CA_CERTS',
    'NODE_TLS_REJECT_UNAUTHORIZED',
    'BABEL_ENV',
    // Other runtimes' mode switches, the NODE_ENV of their world
    'RAILS_ENV',
    'RACK_ENV',
    'VIRTUAL_ENV',
    'GOPATH',
    'GOROOT',
    'GOOS',
    'GOARCH',
    // Set by every CI service, GitHub Actions included (https://docs.github.com/actions/reference/variables-reference)
    'CI',
    // POSIX and the shell
    'PATH',
    'HOME',
    'USER',
    'SHELL',
    'PWD',
    'TMPDIR',
    'TEMP',
    'TMP',
    'LANG',
    'TZ',
    'TERM',
    'HOSTNAME',
    'NO_COLOR',
    'FORCE_COLOR',
    // Netlify's flag (its unprefixed URL, CONTEXT, DEPLOY_URL are too generic to assume)
    'NETLIFY'
  ],
  prefixes: [
    // GitHub Actions: default variables, runner, action inputs (also `secrets.GITHUB_TOKEN`)
    'GITHUB_',
    'RUNNER_',
    'ACTIONS_',
    'INPUT_',
    // Hosting platforms' system variables (https://vercel.com/docs/environment-variables/system-environment-variables)
    'VERCEL_',
    'NETLIFY_',
    'CF_PAGES',
    'RENDER_',
    'RAILWAY_',
    'AWS_LAMBDA_',
    // npm run's lifecycle variables (npm_package_version, npm_config_…)
    'npm_',
    'LC_',
    'PYTHON',
    'DENO_',
    'BUN_'
  ],
  viteBuiltIns: ['MODE', 'BASE_URL', 'PROD', 'DEV', 'SSR']
} as const;

const EXACT: ReadonlySet<string> = new Set(PLATFORM_NAMES.exact);

/** Whether drift leaves the name alone when nothing declares it. */
export function isPlatformName(name: string): boolean {
  return EXACT.has(name) || PLATFORM_NAMES.prefixes.some((prefix) => name.startsWith(prefix));
}
