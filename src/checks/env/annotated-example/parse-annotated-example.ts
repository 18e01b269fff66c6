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
 * copied. An empty value gives no example. Unknown tags and bad tag values are problems, with the
 * line of the comment and a "did you mean" when a tag is close.
 */
import type { EnvVarSpec, EnvVarType } from '../../../config/config-types.js';
import { suggestName } from '../../../config/suggest-name.js';
import { ENV_TYPE_ALIASES } from '../../../config/to-config.js';
import { parseEnvFile } from '../dotenv/parse-env-file.js';

export interface AnnotationProblem {
  /** 1-based line of the comment (or entry) at fault. */
  line: number;
  /** Names the file, variable and tag; never a value of the entry. */
  message: string;
}

export interface AnnotatedExample {
  vars: Record<string, EnvVarSpec>;
  /** The 1-based line of each variable's entry. */
  lines: Record<string, number>;
  problems: AnnotationProblem[];
}

// In the README's order, so a "did you mean" tie goes to the more common tag.
const TAGS = [
  'type',
  'required',
  'secret',
  'public',
  'default',
  'example',
  'values',
  'protocols',
  'pattern',
  'min',
  'max',
  'minLength',
  'maxLength',
  'allowEmpty',
  'matchesBaseUrl',
  'allowHttp',
  'deprecated'
] as const;
type Tag = (typeof TAGS)[number];

/** The tags that only make sense for a URL: the YAML form rejects them on other types. */
const URL_ONLY_TAGS = ['protocols', 'matchesBaseUrl'] as const;

/** The schema's `envName`: what a deprecation's replacement must look like. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const TYPES: readonly EnvVarType[] = ['string', 'url', 'https-url', 'port', 'number', 'integer', 'boolean', 'enum', 'email', 'json', 'host', 'duration'];

/** `@tag`, at the start of the comment or after whitespace (so `me@example.com` is text). */
const TAG = /(^|\s)@([A-Za-z][\w-]*)/g;

/** Parses the annotated file `text`; `file` (its path) names it in problem messages. */
export function parseAnnotatedExample(text: string, file: string): AnnotatedExample {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const vars: Record<string, EnvVarSpec> = {};
  const entryLines: Record<string, number> = {};
  const problems: AnnotationProblem[] = [];
  for (const entry of parseEnvFile(text).entries) {
    const comments = commentsAbove(lines, entry.line);
    const where = `${file}: ${entry.name}`;
    const spec = specOf(comments, where, problems, entry.line);
    // An explicit `@example` is the author's choice; the entry's value only ever fills in for it.
    if (spec.example === undefined && isPlaceholder(entry.value)) spec.example = entry.value;
    vars[entry.name] = spec;
    entryLines[entry.name] = entry.line;
  }
  problems.sort((a, b) => a.line - b.line);
  return { vars, lines: entryLines, problems };
}

interface CommentLine {
  line: number;
  text: string;
}

/** The run of `#` lines directly above 1-based `line`, top first, with the `#` and padding removed. */
function commentsAbove(lines: readonly string[], line: number): CommentLine[] {
  const found: CommentLine[] = [];
  for (let index = line - 2; index >= 0; index -= 1) {
    const trimmed = (lines[index] ?? '').trim();
    if (!trimmed.startsWith('#')) break;
    found.unshift({ line: index + 1, text: trimmed.replace(/^#+/, '').trim() });
  }
  return found;
}

function specOf(comments: readonly CommentLine[], where: string, problems: AnnotationProblem[], entryLine: number): EnvVarSpec {
  const spec: Partial<EnvVarSpec> = {};
  const description: string[] = [];
  let type: { value: EnvVarType; line: number } | undefined;
  const report = (line: number, message: string): void => void problems.push({ line, message: `${where}: ${message}` });
  for (const comment of comments) {
    const parts = splitTags(comment.text);
    if (parts.text) description.push(parts.text);
    for (const { tag, value } of parts.tags) {
      const known = (TAGS as readonly string[]).includes(tag) ? (tag as Tag) : undefined;
      if (!known) {
        const suggestion = suggestName(tag, TAGS);
        report(comment.line, `unknown annotation @${tag}${suggestion ? ` (did you mean @${suggestion}?)` : ''}`);
        continue;
      }
      const problem = applyTag(spec, known, value, (parsed) => (type = { value: parsed, line: comment.line }));
      if (problem) report(comment.line, problem);
    }
  }
  const finalType = resolveType(spec, type, (line, message) => report(line ?? entryLine, message));
  if (description.length > 0) spec.description = description.join(' ');
  return { ...spec, type: finalType };
}

/** Applies one known tag; returns a problem message (without any value of the entry) or undefined. */
function applyTag(spec: Partial<EnvVarSpec>, tag: Tag, value: string, setType: (type: EnvVarType) => void): string | undefined {
  const needsValue = (): string => `@${tag} needs a value`;
  switch (tag) {
    case 'type': {
      if (!value) return needsValue();
      const type = ENV_TYPE_ALIASES[value] ?? (TYPES as readonly string[]).find((known) => known === value);
      if (type === undefined) {
        const suggestion = suggestName(value, [...TYPES, ...Object.keys(ENV_TYPE_ALIASES)]);
        return `unknown @type ${JSON.stringify(value)}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; one of ${TYPES.join(', ')}`;
      }
      setType(type as EnvVarType);
      return undefined;
    }
    case 'required': {
      if (!value) {
        spec.required = true;
        return undefined;
      }
      const environments = list(value);
      if (environments.length === 0) return '@required lists no environment';
      spec.required = environments;
      return undefined;
    }
    case 'secret':
    case 'public':
    case 'allowEmpty':
    case 'matchesBaseUrl':
    case 'allowHttp':
      if (value) return `@${tag} takes no value`;
      spec[tag] = true;
      return undefined;
    case 'default':
    case 'example':
      if (!value) return needsValue();
      spec[tag] = value;
      return undefined;
    case 'values':
    case 'protocols': {
      const items = tag === 'protocols' ? list(value).map((item) => item.replace(/:\/\/$|:$/, '')) : list(value);
      if (items.length === 0) return needsValue();
      spec[tag] = items;
      return undefined;
    }
    case 'pattern':
      if (!value) return needsValue();
      try {
        new RegExp(value);
      } catch {
        return '@pattern is not a valid regular expression';
      }
      spec.pattern = value;
      return undefined;
    case 'min':
    case 'max': {
      const bound = numberOf(value);
      if (bound === undefined) return `@${tag} needs a number`;
      spec[tag] = bound;
      return undefined;
    }
    case 'minLength':
    case 'maxLength': {
      const length = numberOf(value);
      if (length === undefined || !Number.isInteger(length) || length < 0) return `@${tag} needs a whole number of characters (0 or more)`;
      spec[tag] = length;
      return undefined;
    }
    case 'deprecated':
      return applyDeprecated(spec, value);
  }
}

/** The finite number `value` spells, or undefined (`Number('')` would be 0). */
function numberOf(value: string): number | undefined {
  const number = value === '' ? Number.NaN : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** `[REPLACEMENT][: reason]`: a colon, since a reason has spaces and a bare word could be either. */
function applyDeprecated(spec: Partial<EnvVarSpec>, value: string): string | undefined {
  const colon = value.indexOf(':');
  const replacement = (colon === -1 ? value : value.slice(0, colon)).trim();
  const reason = colon === -1 ? '' : value.slice(colon + 1).trim();
  if (replacement && !ENV_NAME.test(replacement)) {
    return '@deprecated needs the replacement as a variable name (letters, digits and _, not starting with a digit), then optionally ": reason"';
  }
  const deprecated: NonNullable<EnvVarSpec['deprecated']> = {};
  if (replacement) deprecated.replacement = replacement;
  if (reason) deprecated.reason = reason;
  spec.deprecated = deprecated;
  return undefined;
}

/** The type the tags add up to: `@values` implies enum, and the combinations the schema forbids are problems. */
function resolveType(
  spec: Partial<EnvVarSpec>,
  declared: { value: EnvVarType; line: number } | undefined,
  report: (line: number | undefined, message: string) => void
): EnvVarType {
  let type: EnvVarType = declared?.value ?? (spec.values ? 'enum' : 'string');
  if (spec.values && type !== 'enum') {
    report(declared?.line, `@values needs type enum, not ${type}: the values are ignored`);
    delete spec.values;
  }
  if (type === 'enum' && !spec.values) {
    report(declared?.line, '@type enum needs @values a,b,c: checked as a string');
    type = 'string';
  }
  if (type !== 'url' && type !== 'https-url') dropUrlOnlyTags(spec, type, (message) => report(declared?.line, message));
  if (spec.secret && spec.public) {
    report(declared?.line, '@secret and @public exclude each other: kept as secret');
    delete spec.public;
  }
  return type;
}

/** Removes, with a problem each, the tags a non-URL `type` cannot have. */
function dropUrlOnlyTags(spec: Partial<EnvVarSpec>, type: EnvVarType, report: (message: string) => void): void {
  for (const tag of URL_ONLY_TAGS) {
    if (spec[tag] === undefined) continue;
    report(`@${tag} applies to types url and https-url only, not ${type}: ignored`);
    delete spec[tag];
  }
}

function splitTags(text: string): { text: string; tags: Array<{ tag: string; value: string }> } {
  const matches = [...text.matchAll(TAG)];
  if (matches.length === 0) return { text, tags: [] };
  const tags = matches.map((match, index) => {
    const start = match.index + match[0].length;
    const end = matches[index + 1]?.index ?? text.length;
    return { tag: match[2] ?? '', value: text.slice(start, end).trim() };
  });
  return { text: text.slice(0, matches[0]?.index ?? 0).trim(), tags };
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const PLACEHOLDER_WHOLE = /^(?:x{3,}|\.{3,}|\*{3,}|changeme|change[-_]me|replace[-_]?me|todo|tbd|placeholder|dummy|example)$/i;
const PLACEHOLDER_PART = [
  /<[^<>]+>/, // <your-key>
  /\{\{[^{}]+\}\}/, // {{ api_key }}
  /\byour[-_]/i, // your-project-id
  /[-_]here$/i, // sk_test_key_here
  /(?:^|[-_.])(?:changeme|placeholder|replace[-_]?me)(?:$|[-_.])/i,
  /^[a-z][\w+.-]*:\/\/(?:[^/@]*@)?(?:[\w-]+\.)*example\.(?:com|org|net)(?=[:/?#]|$)/i // https://app.example.com
];

/** An obvious placeholder, safe to show as an example; an empty value is not one. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  return PLACEHOLDER_WHOLE.test(trimmed) || PLACEHOLDER_PART.some((pattern) => pattern.test(trimmed));
}
