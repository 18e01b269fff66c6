/**
 * Env var references in one file's text: pure, one file at a time. The language comes from the
 * path; each form's regex is tried only where its anchor (`env`, `environ`, `ENV`…) occurs, found
 * with `indexOf` (anchor-search.ts), so a file costs about one fast pass per anchor whatever the
 * number of forms. Matches on a comment line (`//`, `/*`, `*` or `#` first on the line, by
 * language) are dropped; a reference after code on the same line, or inside a string, is kept (cheap and
 * predictable beats a tokenizer per language).
 */
import { ownCopy } from '../../../text/own-copy.js';
import { anchorOf, nextOccurrence, type Anchor } from './anchor-search.js';
import { DESTRUCTURING_ANCHOR, destructuredNamesAt } from './destructured-names.js';
import { findDockerfileNames } from './dockerfile-names.js';
import { PLATFORM_NAMES } from './platform-names.js';
import {
  GO_PATTERNS,
  JS_PATTERNS,
  PRISMA_PATTERNS,
  PYTHON_PATTERNS,
  RUBY_PATTERNS,
  WORKFLOW_PATTERNS,
  type ReferencePattern
} from './reference-patterns.js';
import { findWorkflowEnvKeys } from './workflow-env-keys.js';

/** One place that reads an env var by a literal name. */
export interface EnvReference {
  name: string;
  /** The path as given (repository-relative, `/` separators). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** How it is read, e.g. `process.env.X`, `os.getenv("X")`, `${{ secrets.X }}`. */
  form: string;
}

type Language = 'js' | 'python' | 'ruby' | 'go' | 'prisma' | 'dockerfile' | 'workflow' | 'other';

const CODE_PATTERNS = [...JS_PATTERNS, ...PYTHON_PATTERNS, ...RUBY_PATTERNS, ...GO_PATTERNS];

const PATTERNS: Record<Language, readonly ReferencePattern[]> = {
  js: JS_PATTERNS,
  python: PYTHON_PATTERNS,
  ruby: RUBY_PATTERNS,
  go: GO_PATTERNS,
  prisma: PRISMA_PATTERNS,
  // Read by findDockerfileNames: an instruction declares several names.
  dockerfile: [],
  workflow: WORKFLOW_PATTERNS,
  // A file type we do not know (a user's include glob chose it): every code form.
  other: CODE_PATTERNS
};

const SLASH_COMMENTS = ['//', '/*', '*'];
const HASH_COMMENTS = ['#'];
const COMMENT_MARKERS: Record<Language, readonly string[]> = {
  js: SLASH_COMMENTS,
  python: HASH_COMMENTS,
  ruby: HASH_COMMENTS,
  go: SLASH_COMMENTS,
  prisma: SLASH_COMMENTS,
  dockerfile: HASH_COMMENTS,
  workflow: HASH_COMMENTS,
  other: []
};

const EXTENSIONS: Record<string, Language> = {
  js: 'js', jsx: 'js', mjs: 'js', cjs: 'js', ts: 'js', tsx: 'js', mts: 'js', cts: 'js', vue: 'js', svelte: 'js', astro: 'js',
  py: 'python', pyw: 'python',
  rb: 'ruby', rake: 'ruby', erb: 'ruby',
  go: 'go',
  prisma: 'prisma'
};

const VITE_BUILT_INS: ReadonlySet<string> = new Set(PLATFORM_NAMES.viteBuiltIns);

/** A language's forms grouped by anchor, so each anchor is searched for once. */
const BY_ANCHOR: Record<Language, ReadonlyArray<readonly [Anchor, readonly ReferencePattern[]]>> = {
  js: groupByAnchor(PATTERNS.js),
  python: groupByAnchor(PATTERNS.python),
  ruby: groupByAnchor(PATTERNS.ruby),
  go: groupByAnchor(PATTERNS.go),
  prisma: groupByAnchor(PATTERNS.prisma),
  dockerfile: groupByAnchor(PATTERNS.dockerfile),
  workflow: groupByAnchor(PATTERNS.workflow),
  other: groupByAnchor(PATTERNS.other)
};

/** The references in `text`, in order of position; `path` decides the language. */
export function findEnvReferences(path: string, text: string): EnvReference[] {
  const language = languageOf(path);
  const destructuring = language === 'js' || language === 'other';
  const found: Array<{ name: string; offset: number; form: string }> = [];
  for (const [anchor, patterns] of BY_ANCHOR[language]) {
    for (let at = nextOccurrence(text, anchor, 0); at !== -1; at = nextOccurrence(text, anchor, at + 1)) {
      // The forms of one anchor exclude each other (`.X`, `["X"]`, `.get(`, destructuring): the first match is the only one.
      let matched = false;
      for (const { form, regex } of patterns) {
        regex.lastIndex = at;
        const match = regex.exec(text);
        const name = match?.groups?.name;
        const offset = match?.indices?.groups?.name?.[0];
        if (name === undefined || offset === undefined) continue;
        if (!(form.startsWith('import.meta.env') && VITE_BUILT_INS.has(name))) found.push({ name: intern(name), offset, form });
        matched = true;
        break;
      }
      if (!matched && destructuring && anchor.literal === DESTRUCTURING_ANCHOR) {
        for (const destructured of destructuredNamesAt(text, at)) found.push({ ...destructured, name: intern(destructured.name) });
      }
    }
  }
  if (language === 'dockerfile') found.push(...findDockerfileNames(text));
  if (language === 'workflow' && /^[ \t]*env:/m.test(text)) {
    found.push(...findWorkflowEnvKeys(text).map(({ name, offset }) => ({ name, offset, form: 'workflow env: key' })));
  }
  if (found.length === 0) return [];
  return located(path, text, found.sort((a, b) => a.offset - b.offset), COMMENT_MARKERS[language]);
}

/**
 * The found names with their lines and columns, those on comment lines dropped. One walk over the
 * newlines up to the last offset (`found` is in offset order), rather than an index of every line
 * of the file: a 5,000-file tree has 700,000 lines and 11,000 references.
 */
function located(path: string, text: string, found: ReadonlyArray<{ name: string; offset: number; form: string }>, markers: readonly string[]): EnvReference[] {
  const references: EnvReference[] = [];
  let line = 1;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  for (const { name, offset, form } of found) {
    while (nextNewline !== -1 && nextNewline < offset) {
      line += 1;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    if (!isCommentLine(text, lineStart, offset, markers)) references.push({ name, file: path, line, column: offset - lineStart + 1, form });
  }
  return references;
}

/** The language a path holds; workflows and composite actions by their place under `.github/`. */
export function languageOf(path: string): Language {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if ((extension === 'yml' || extension === 'yaml') && /(?:^|\/)\.github\//.test(path)) return 'workflow';
  if (/^(?:Dockerfile|Containerfile)(?:\..*)?$|\.dockerfile$/i.test(name)) return 'dockerfile';
  return EXTENSIONS[extension] ?? 'other';
}

/** Whether the line starts with a comment that still runs at `offset` (after a closed block comment, it is code again). */
function isCommentLine(text: string, lineStart: number, offset: number, markers: readonly string[]): boolean {
  if (markers.length === 0) return false;
  const before = text.slice(lineStart, offset).trimStart();
  const marker = markers.find((candidate) => before.startsWith(candidate));
  if (marker === undefined) return false;
  return marker === '//' || marker === '#' || !before.includes('*/');
}

function groupByAnchor(patterns: readonly ReferencePattern[]): Array<[Anchor, ReferencePattern[]]> {
  const byAnchor = new Map<string, ReferencePattern[]>();
  for (const entry of patterns) byAnchor.set(entry.anchor, [...(byAnchor.get(entry.anchor) ?? []), entry]);
  // Destructuring is anchored on `env` too: a JS file without `process.env.X` forms still needs the pass.
  if (patterns === JS_PATTERNS || patterns === CODE_PATTERNS) byAnchor.set(DESTRUCTURING_ANCHOR, byAnchor.get(DESTRUCTURING_ANCHOR) ?? []);
  return [...byAnchor].map(([literal, group]) => [anchorOf(literal), group]);
}

/** One string per distinct name. */
const INTERNED = new Map<string, string>();

/**
 * The name as a string of its own: a regex capture is a slice that keeps the whole file's text
 * alive, which on a large tree promoted megabytes of dead text into the old generation.
 */
function intern(name: string): string {
  let interned = INTERNED.get(name);
  if (interned === undefined) {
    interned = ownCopy(name);
    INTERNED.set(interned, interned);
  }
  return interned;
}
