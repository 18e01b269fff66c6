/**
 * The reference forms, one regex each, by language. Each form has an `anchor`, a literal every
 * match contains: `findEnvReferences` finds the anchors with `indexOf` (one memchr-speed pass per
 * anchor, against a regex pass per form, which is what made drift slow on a 5,000-file tree) and
 * tries the form's sticky regex only there. What precedes the anchor is a look-behind, so the
 * regex starts exactly at the anchor. Every regex has a named group `name` (the variable) and the
 * `d` flag for its offset. No two `\s*` sit side by side, so each runs in linear time; a look-behind
 * is tried once per anchor and stops at the first character that cannot belong to it.
 *
 * Only literal names count: `process.env[name]` or `os.getenv(key)` is dynamic access, which no
 * static search can resolve, so it is not a reference.
 */

/** A valid env var name, as the config schema's `envName`. */
const NAME = String.raw`(?<name>[A-Za-z_][A-Za-z0-9_]*)`;
/** `.X` member access: the name is not followed by more identifier characters or a call. */
const MEMBER = String.raw`\s*(?:\?\.|\.)\s*${NAME}(?![\w$]|\s*\()`;
/** `["X"]`, `['X']` or `` [`X`] `` (a template literal without `${}`). */
const INDEXED = String.raw`\s*(?:\?\.\s*)?\[\s*(?<quote>["'\x60])${NAME}\k<quote>\s*\]`;
/** `("X"` as the first argument of a call. */
const FIRST_ARGUMENT = (quotes: string): string => String.raw`\s*\(\s*(?<quote>[${quotes}])${NAME}\k<quote>`;

export interface ReferencePattern {
  form: string;
  /** A literal in every match, where the regex starts: the regex is tried only where the text contains it. */
  anchor: string;
  /** Sticky: set `lastIndex` to an occurrence of the anchor, then `exec`. */
  regex: RegExp;
}

/**
 * A form from what must precede the anchor (zero-width assertions: look-behinds), the anchor
 * itself, and what follows it.
 */
const pattern = (form: string, before: string, anchor: string, after: string, flags = 'dy'): ReferencePattern => ({
  form,
  anchor,
  regex: new RegExp(before + escapeRegex(anchor) + after, flags)
});

/** Look-behinds: the anchor `env` is the property of one of these objects. */
const AFTER_PROCESS = String.raw`(?<=\bprocess\s*\.\s*)`;
const AFTER_IMPORT_META = String.raw`(?<=\bimport\s*\.\s*meta\s*\.\s*)`;
const AFTER_DENO = String.raw`(?<=\bDeno\s*\.\s*)`;
const AFTER_BUN = String.raw`(?<=\bBun\s*\.\s*)`;
/** Python's `os.` is optional (`from os import environ`); not after a word or a dot: `os.environ`, not `self.environ`. */
const AFTER_OPTIONAL_OS = String.raw`(?<=(?<![\w.])(?:os\s*\.\s*)?)`;

/** JavaScript and TypeScript, in any file that holds them (Vue, Svelte and Astro too). */
export const JS_PATTERNS: readonly ReferencePattern[] = [
  pattern('process.env.X', AFTER_PROCESS, 'env', MEMBER),
  pattern('process.env["X"]', AFTER_PROCESS, 'env', INDEXED),
  pattern('import.meta.env.X', AFTER_IMPORT_META, 'env', MEMBER),
  pattern('import.meta.env["X"]', AFTER_IMPORT_META, 'env', INDEXED),
  pattern('Deno.env.get("X")', AFTER_DENO, 'env', String.raw`\s*\.\s*get` + FIRST_ARGUMENT(`"'\x60`) + String.raw`\s*\)`),
  pattern('Bun.env.X', AFTER_BUN, 'env', MEMBER),
  pattern('Bun.env["X"]', AFTER_BUN, 'env', INDEXED)
];

export const PYTHON_PATTERNS: readonly ReferencePattern[] = [
  pattern('os.environ["X"]', AFTER_OPTIONAL_OS, 'environ', String.raw`\s*\[\s*(?<quote>["'])${NAME}\k<quote>\s*\]`),
  pattern('os.environ.get("X")', AFTER_OPTIONAL_OS, 'environ', String.raw`\s*\.\s*get` + FIRST_ARGUMENT(`"'`)),
  pattern('os.getenv("X")', AFTER_OPTIONAL_OS, 'getenv', FIRST_ARGUMENT(`"'`))
];

/** `ENV` is Ruby's constant; `::ENV` and `Foo::ENV` are someone else's. */
export const RUBY_PATTERNS: readonly ReferencePattern[] = [
  pattern('ENV["X"]', String.raw`(?<![\w:])`, 'ENV', String.raw`\s*\[\s*(?<quote>["'])${NAME}\k<quote>\s*\]`),
  // Ruby allows the call without parentheses: `ENV.fetch "X", "default"`.
  pattern('ENV.fetch("X")', String.raw`(?<![\w:])`, 'ENV', String.raw`\s*\.\s*fetch\s*(?:\(\s*)?(?<quote>["'])${NAME}\k<quote>`)
];

export const GO_PATTERNS: readonly ReferencePattern[] = [
  pattern('os.Getenv("X")', String.raw`(?<=\bos\s*\.\s*)`, 'Getenv', FIRST_ARGUMENT('"\x60')),
  pattern('os.LookupEnv("X")', String.raw`(?<=\bos\s*\.\s*)`, 'LookupEnv', FIRST_ARGUMENT('"\x60'))
];

/** Prisma's schema reads its datasource URL with `env("DATABASE_URL")`. */
export const PRISMA_PATTERNS: readonly ReferencePattern[] = [pattern('env("X")', String.raw`\b`, 'env', FIRST_ARGUMENT('"'))];

/**
 * GitHub Actions contexts, in `${{ … }}` and in bare `if:` conditions alike
 * (https://docs.github.com/actions/reference/contexts-reference). `.env.X` (a JS `process.env.X`
 * inside a script step) is not the `env` context, hence the look-behind.
 */
export const WORKFLOW_PATTERNS: readonly ReferencePattern[] = ['secrets', 'vars', 'env'].flatMap((context) => [
  pattern(`\${{ ${context}.X }}`, String.raw`(?<![\w.$-])`, `${context}.`, String.raw`${NAME}(?![\w-])`),
  pattern(`\${{ ${context}['X'] }}`, String.raw`(?<![\w.$-])`, `${context}[`, String.raw`\s*(?<quote>['"])${NAME}\k<quote>\s*\]`)
]);

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
