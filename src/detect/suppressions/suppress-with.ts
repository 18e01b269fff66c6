/**
 * The exact line a reader can paste to accept a finding: an inline marker in the file's comment
 * syntax, or, where a comment cannot go (JSON, lockfiles, build output, history, unknown types),
 * a `secrets.allow` entry for launch-ready.yml. Never a `value` entry: that would copy the secret
 * into the config.
 */
import type { ScanSource } from '../contracts.js';

type CommentStyle = readonly [open: string, close: string];

const SLASHES: CommentStyle = ['//', ''];
const HASH: CommentStyle = ['#', ''];
const DASHES: CommentStyle = ['--', ''];
const MARKUP: CommentStyle = ['<!--', ' -->'];
const BLOCK: CommentStyle = ['/*', ' */'];
const PERCENT: CommentStyle = ['%', ''];

const BY_EXTENSION: Readonly<Record<string, CommentStyle>> = {
  ...styleFor(SLASHES, 'js mjs cjs jsx ts tsx mts cts java kt kts scala groovy gradle go rs c h cc cpp cxx hpp cs fs swift dart php jsonc json5 proto sol zig v scss less'),
  ...styleFor(HASH, 'py pyi rb sh bash zsh fish ps1 psm1 yml yaml toml ini cfg conf env properties r pl pm tf tfvars hcl nix cmake mk ex exs jl cr coffee graphql gql dockerfile'),
  ...styleFor(DASHES, 'sql lua hs elm ada'),
  ...styleFor(MARKUP, 'html htm xhtml xml svg md markdown mdx vue svelte astro plist csproj'),
  ...styleFor(BLOCK, 'css'),
  ...styleFor(PERCENT, 'tex erl')
};

/** Files known by name rather than extension. */
const BY_NAME: Readonly<Record<string, CommentStyle>> = {
  dockerfile: HASH,
  containerfile: HASH,
  makefile: HASH,
  gemfile: HASH,
  rakefile: HASH,
  procfile: HASH,
  '.npmrc': HASH,
  '.yarnrc': HASH,
  '.gitconfig': HASH,
  '.netrc': HASH
};

function styleFor(style: CommentStyle, extensions: string): Record<string, CommentStyle> {
  return Object.fromEntries(extensions.split(' ').map((extension) => [extension, style]));
}

/** The comment style of a path, or undefined when the format has none (or is not known). */
export function commentStyleFor(path: string): CommentStyle | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === '.env' || name.startsWith('.env.')) return HASH;
  const byName = BY_NAME[name] ?? BY_NAME[name.split('.')[0] ?? ''];
  if (byName) return byName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? BY_EXTENSION[name.slice(dot + 1)] : undefined;
}

/** `// launch-ready:allow reason: <why>`, or a YAML `secrets.allow` entry. */
export function suppressionLine(source: Pick<ScanSource, 'path' | 'origin'>, ruleId: string): string {
  const style = source.origin === 'added' || source.origin === 'present' ? commentStyleFor(source.path) : undefined;
  if (style) return `${style[0]} launch-ready:allow reason: <why>${style[1]}`;
  return allowEntryLine(ruleId, source.path);
}

/**
 * `- { rule: github-token, path: "config/app.json", reason: "<why>" }` under `secrets.allow`.
 * The path is a glob: glob characters in it are escaped, and it is written as a JSON string (valid
 * YAML double-quoted scalar), so no file name can break out of the entry.
 */
export function allowEntryLine(ruleId: string, path: string): string {
  const literalPath = path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
  return `- { rule: ${JSON.stringify(ruleId)}, path: ${JSON.stringify(literalPath)}, reason: "<why>" }`;
}
