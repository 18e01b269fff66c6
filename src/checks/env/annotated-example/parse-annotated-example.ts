/**
 * Reads the env schema from an annotated `.env.example` (issue 5: "comments as annotations"), for
 * teams that keep one. The YAML `env.vars` form stays the reference; this is the same schema in the
 * file's own comments. Pure; a problem's message never contains an entry's value.
 *
 * The comment lines directly above an entry (no blank line between) annotate it:
 *
 * ```sh
 * # Where the app stores its data.
 * # @type url @protocols postgres,postgresql
 * # @required production,preview
 * # @secret
 * DATABASE_URL=
 *
 * # @values debug,info,warn,error @default info
 * LOG_LEVEL=
 *
 * # @type port @min 1024 @max 65535 @example 3000
 * PORT=
 *
 * # @type https-url @matchesBaseUrl
 * NEXTAUTH_URL=https://app.example.com
 *
 * # @secret @minLength 32 @maxLength 64
 * SESSION_SECRET=
 *
 * # @deprecated NEW_API_KEY: the v1 API shuts down in March
 * OLD_API_KEY=
 * ```
 *
 * Tags (several may share a line; a tag's value runs to the next tag or the end of the line):
 * - `@type T`: one of the `EnvVarType`s, or the aliases `int` and `bool`;
 * - `@required` (everywhere) or `@required production,preview` (those environments);
 * - `@secret`, `@public`, `@allowEmpty`, `@allowHttp`: flags, no value;
 * - `@matchesBaseUrl`: a flag for types `url` and `https-url` only;
 * - `@default V`: the app's fallback when unset;
 * - `@example V`: a harmless example value (over the entry's placeholder);
 * - `@values a,b,c`: the allowed values (implies `@type enum`);
 * - `@protocols postgres,postgresql`: allowed URL schemes (types `url` and `https-url` only);
 * - `@pattern ^sk_`: a JS regular expression the value must match;
 * - `@min N`, `@max N`: numeric bounds;
 * - `@minLength N`, `@maxLength N`: length bounds in characters, whole numbers from 0;
 * - `@deprecated`, `@deprecated REPLACEMENT_NAME`, `@deprecated REPLACEMENT_NAME: reason` or
 *   `@deprecated: reason` (the colon separates the reason, which may have spaces, from the name).
 *
 * Each tag is named after the YAML key it stands for. Other comment text becomes the `description`.
 * Without `@example`, the entry's value becomes the `example` only when it is an obvious placeholder
 * (`<port>`, `your-key-here`, `changeme`, `https://example.com`, …): a real-looking value is never
 * copied. An empty value gives no example. Unknown tags and bad tag values are problems, reported
 * as the config's own located error (a `ConfigFileError`: file, line and column of the tag, or of
 * the entry, and a "did you mean" when a tag is close), the same as a mistake in the YAML.
 */
import type { EnvVarSpec, EnvVarType } from '../../../config/config-types.js';
import { ConfigFileError, type ConfigProblem } from '../../../config/config-problems.js';
import type { LinePosition } from '../../../config/locate-node.js';
import { parseEnvFile } from '../dotenv/parse-env-file.js';
import { applyTag, knownTag, splitTags, unknownTagProblem } from './annotation-tags.js';
import { isPlaceholder } from './placeholder-value.js';
import { resolveAnnotatedType } from './resolve-annotated-type.js';

export interface AnnotatedExample {
  vars: Record<string, EnvVarSpec>;
  /** The 1-based line of each variable's entry. */
  lines: Record<string, number>;
  /** Every annotation problem, located; undefined when there is none. Messages never hold an entry's value. */
  error?: ConfigFileError;
}

/** Parses the annotated file `text`; `file` (its path) is where its problems are located. */
export function parseAnnotatedExample(text: string, file: string): AnnotatedExample {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const vars: Record<string, EnvVarSpec> = {};
  const entryLines: Record<string, number> = {};
  const problems: ConfigProblem[] = [];
  for (const entry of parseEnvFile(text).entries) {
    const report = (at: LinePosition, message: string): void => void problems.push({ position: { file, ...at }, message: `${entry.name}: ${message}` });
    const spec = specOf(commentsAbove(lines, entry.line), { line: entry.line, column: 1 }, report);
    // An explicit `@example` is the author's choice; the entry's value only ever fills in for it.
    if (spec.example === undefined && isPlaceholder(entry.value)) spec.example = entry.value;
    vars[entry.name] = spec;
    entryLines[entry.name] = entry.line;
  }
  return { vars, lines: entryLines, ...(problems.length > 0 ? { error: new ConfigFileError(problems) } : {}) };
}

interface CommentLine {
  line: number;
  /** The comment without its `#`s and padding. */
  text: string;
  /** 1-based column of `text` in the line. */
  column: number;
}

/** The run of `#` lines directly above 1-based `line`, top first. */
function commentsAbove(lines: readonly string[], line: number): CommentLine[] {
  const found: CommentLine[] = [];
  for (let index = line - 2; index >= 0; index -= 1) {
    const raw = lines[index] ?? '';
    const trimmed = raw.trimStart();
    if (!trimmed.startsWith('#')) break;
    const afterHashes = trimmed.replace(/^#+/, '');
    const text = afterHashes.trim();
    const column = raw.length - trimmed.length + (trimmed.length - afterHashes.length) + (afterHashes.length - afterHashes.trimStart().length) + 1;
    found.unshift({ line: index + 1, text, column });
  }
  return found;
}

type Reporter = (at: LinePosition, message: string) => void;

function specOf(comments: readonly CommentLine[], entryAt: LinePosition, report: Reporter): EnvVarSpec {
  const spec: Partial<EnvVarSpec> = {};
  const description: string[] = [];
  let type: { value: EnvVarType; at: LinePosition } | undefined;
  for (const comment of comments) {
    const parts = splitTags(comment.text);
    if (parts.text) description.push(parts.text);
    for (const { tag, value, index } of parts.tags) {
      const at = { line: comment.line, column: comment.column + index };
      const known = knownTag(tag);
      const problem = known ? applyTag(spec, known, value, (parsed) => (type = { value: parsed, at })) : unknownTagProblem(tag);
      if (problem) report(at, problem);
    }
  }
  const typeAt = type?.at ?? entryAt;
  const finalType = resolveAnnotatedType(spec, type?.value, (message) => report(typeAt, message));
  if (description.length > 0) spec.description = description.join(' ');
  return { ...spec, type: finalType };
}
