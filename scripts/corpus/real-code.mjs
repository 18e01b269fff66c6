// The real-code corpus: files of the project's own node_modules (real npm packages, no secrets
// expected), linked into the temp dir under `pkgs/` (so no scanner skips them as a node_modules
// folder). The choice is deterministic for one package-lock: text files of at most 1 MB (binary
// formats and bigger files left out, as scanners skip them), ordered by a hash of their path so
// every package contributes, and taken in that order until the size asked for. Cached under a key
// of the chosen list; hard links where the temp dir shares node_modules' filesystem, else copies.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');
const MAX_FILE_BYTES = 1_000_000;
/** Extensions of text a repository commits (source, config, docs, maps); binaries are left out. */
const TEXT = /\.(?:[cm]?[jt]sx?|d\.[cm]?ts|json|map|md|markdown|txt|ya?ml|toml|ini|html?|css|scss|less|sh|py|rb|go|rs|c|h|cc|hpp|java|kt|xml|svg|flow|coffee|el|lock|env|cfg|conf|properties|gradle|proto|graphql|gql|sql)$|(?:^|\/)(?:LICENSE|README|CHANGELOG|Makefile|Dockerfile)[^/]*$/i;

/** Every candidate file under node_modules: `{ path (relative), size }`, in the corpus's order. */
function candidates(nodeModules) {
  const out = [];
  for (const entry of readdirSync(nodeModules, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(nodeModules, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (path.startsWith('.bin/') || path.startsWith('.cache/') || !TEXT.test(path)) continue;
    out.push(path);
  }
  const rank = (path) => createHash('sha1').update(path).digest('hex');
  return out.map((path) => ({ path, rank: rank(path) })).sort((a, b) => (a.rank < b.rank ? -1 : 1));
}

/**
 * Returns `{ root, files, bytes, packages, listHash, cached }` for about `megabytes` MB of
 * node_modules text files (10^6 bytes).
 */
export function ensureRealCodeCorpus({ megabytes = 195, nodeModules = join(REPO, 'node_modules'), log = () => {} } = {}) {
  const target = megabytes * 1e6;
  const chosen = [];
  let bytes = 0;
  for (const { path } of candidates(nodeModules)) {
    if (bytes >= target) break;
    const size = statSize(join(nodeModules, path));
    if (size === 0 || size > MAX_FILE_BYTES) continue;
    chosen.push(path);
    bytes += size;
  }
  const listHash = createHash('sha256').update(chosen.join('\n')).digest('hex').slice(0, 12);
  const base = join(tmpdir(), 'launch-ready-bench');
  const dir = join(base, `realcode-${megabytes}mb-${listHash}`);
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) return { ...JSON.parse(readFileSync(manifestFile, 'utf8')), root: join(dir, 'corpus'), cached: true };
  if (existsSync(base)) for (const name of readdirSync(base)) if (name.startsWith(`realcode-${megabytes}mb-`)) rmSync(join(base, name), { recursive: true, force: true });
  const root = join(dir, 'corpus');
  log(`  linking ${chosen.length} node_modules files (${(bytes / 1e6).toFixed(0)} MB) into ${root}…`);
  for (const path of chosen) {
    const to = join(root, 'pkgs', path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(nodeModules, path), to);
    } catch {
      copyFileSync(join(nodeModules, path), to);
    }
  }
  const packages = new Set(chosen.map((path) => path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/'))).size;
  const manifest = { files: chosen.length, bytes, packages, listHash };
  writeFileSync(manifestFile, `${JSON.stringify(manifest)}\n`);
  return { ...manifest, root, cached: false };
}

function statSize(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
