/**
 * The reference forms, one regex each, by language. Every regex has a named group `name` (the
 * variable) and the `d` flag for its offset. Each is a run of literal tokens with whitespace
 * between them, never two `\s*` side by side, so it runs in linear time (recheck says "safe" for
 * every one); a `guard` string must occur in the text before the regex runs at all.
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
  /** Run the regex only when the text contains this. */
  guard: string;
  regex: RegExp;
}

const pattern = (form: string, guard: string, source: string): ReferencePattern => ({
  form,
  guard,
  regex: new RegExp(source, 'dg')
});

const PROCESS_ENV = String.raw`\bprocess\s*\.\s*env`;
const IMPORT_META_ENV = String.raw`\bimport\s*\.\s*meta\s*\.\s*env`;
const BUN_ENV = String.raw`\bBun\s*\.\s*env`;
/** Not after a word character or a dot: `os.environ`, not `self.environ`. */
const PY_ENVIRON = String.raw`(?<![\w.])(?:os\s*\.\s*)?environ`;

/** JavaScript and TypeScript, in any file that holds them (Vue, Svelte and Astro too). */
export const JS_PATTERNS: readonly ReferencePattern[] = [
  pattern('process.env.X', 'process', PROCESS_ENV + MEMBER),
  pattern('process.env["X"]', 'process', PROCESS_ENV + INDEXED),
  pattern('import.meta.env.X', 'import', IMPORT_META_ENV + MEMBER),
  pattern('import.meta.env["X"]', 'import', IMPORT_META_ENV + INDEXED),
  pattern('Deno.env.get("X")', 'Deno', String.raw`\bDeno\s*\.\s*env\s*\.\s*get` + FIRST_ARGUMENT(`"'\x60`) + String.raw`\s*\)`),
  pattern('Bun.env.X', 'Bun', BUN_ENV + MEMBER),
  pattern('Bun.env["X"]', 'Bun', BUN_ENV + INDEXED)
];

export const PYTHON_PATTERNS: readonly ReferencePattern[] = [
  pattern('os.environ["X"]', 'environ', PY_ENVIRON + String.raw`\s*\[\s*(?<quote>["'])${NAME}\k<quote>\s*\]`),
  pattern('os.environ.get("X")', 'environ', PY_ENVIRON + String.raw`\s*\.\s*get` + FIRST_ARGUMENT(`"'`)),
  pattern('os.getenv("X")', 'getenv', String.raw`(?<![\w.])(?:os\s*\.\s*)?getenv` + FIRST_ARGUMENT(`"'`))
];

/** `ENV` is Ruby's constant; `::ENV` and `Foo::ENV` are someone else's. */
export const RUBY_PATTERNS: readonly ReferencePattern[] = [
  pattern('ENV["X"]', 'ENV', String.raw`(?<![\w:])ENV\s*\[\s*(?<quote>["'])${NAME}\k<quote>\s*\]`),
  // Ruby allows the call without parentheses: `ENV.fetch "X", "default"`.
  pattern('ENV.fetch("X")', 'ENV', String.raw`(?<![\w:])ENV\s*\.\s*fetch\s*(?:\(\s*)?(?<quote>["'])${NAME}\k<quote>`)
];

export const GO_PATTERNS: readonly ReferencePattern[] = [
  pattern('os.Getenv("X")', 'Getenv', String.raw`\bos\s*\.\s*Getenv` + FIRST_ARGUMENT('"\x60')),
  pattern('os.LookupEnv("X")', 'LookupEnv', String.raw`\bos\s*\.\s*LookupEnv` + FIRST_ARGUMENT('"\x60'))
];

/** Prisma's schema reads its datasource URL with `env("DATABASE_URL")`. */
export const PRISMA_PATTERNS: readonly ReferencePattern[] = [pattern('env("X")', 'env', String.raw`\benv` + FIRST_ARGUMENT('"'))];

/** The first name of an `ENV` or `ARG` instruction (`ENV A=1 B=2` counts `A` only). */
export const DOCKERFILE_PATTERNS: readonly ReferencePattern[] = [
  pattern('Dockerfile ENV', 'ENV', String.raw`^[ \t]*ENV[ \t]+${NAME}`),
  pattern('Dockerfile ARG', 'ARG', String.raw`^[ \t]*ARG[ \t]+${NAME}`)
].map((entry) => ({ ...entry, regex: new RegExp(entry.regex.source, 'dgm') }));

/**
 * GitHub Actions contexts, in `${{ … }}` and in bare `if:` conditions alike
 * (https://docs.github.com/actions/reference/contexts-reference). `.env.X` (a JS `process.env.X`
 * inside a script step) is not the `env` context, hence the look-behind.
 */
export const WORKFLOW_PATTERNS: readonly ReferencePattern[] = ['secrets', 'vars', 'env'].flatMap((context) => [
  pattern(`\${{ ${context}.X }}`, `${context}.`, String.raw`(?<![\w.$-])${context}\.${NAME}(?![\w-])`),
  pattern(`\${{ ${context}['X'] }}`, `${context}[`, String.raw`(?<![\w.$-])${context}\[\s*(?<quote>['"])${NAME}\k<quote>\s*\]`)
]);
