/**
 * The tags of an annotated `.env.example` (`@type url @secret`), each named after the YAML key it
 * stands for, and how one tag's text becomes part of an `EnvVarSpec`. The types are the config's
 * own (`ENV_VAR_TYPES` and its short spellings), so the two forms of the schema cannot drift apart.
 */
import { ENV_VAR_TYPES, type EnvVarSpec, type EnvVarType } from '../../../config/config-types.js';
import { suggestName } from '../../../config/suggest-name.js';
import { ENV_TYPE_ALIASES, envVarTypeOf } from '../../../config/to-config.js';

// In the README's order, so a "did you mean" tie goes to the more common tag.
export const TAGS = [
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
export type Tag = (typeof TAGS)[number];

/** The schema's `envName`: what a deprecation's replacement must look like. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `@tag`, at the start of the comment or after whitespace (so `me@example.com` is text). */
const TAG = /(^|\s)@([A-Za-z][\w-]*)/g;

/** One `@tag value` of a comment; `index` is where its `@` is in the comment text. */
export interface TagText {
  tag: string;
  value: string;
  index: number;
}

/** The comment's text before its first tag (part of the description), and its tags. */
export function splitTags(text: string): { text: string; tags: TagText[] } {
  const matches = [...text.matchAll(TAG)];
  if (matches.length === 0) return { text, tags: [] };
  const tags = matches.map((match, index) => {
    const start = match.index + match[0].length;
    const end = matches[index + 1]?.index ?? text.length;
    return { tag: match[2] ?? '', value: text.slice(start, end).trim(), index: match.index + (match[1] ?? '').length };
  });
  return { text: text.slice(0, matches[0]?.index ?? 0).trim(), tags };
}

/** The known tag `name` is, else undefined with a "did you mean" in `unknownTagProblem`. */
export function knownTag(name: string): Tag | undefined {
  return (TAGS as readonly string[]).includes(name) ? (name as Tag) : undefined;
}

export function unknownTagProblem(name: string): string {
  const suggestion = suggestName(name, TAGS);
  return `unknown annotation @${name}${suggestion ? ` (did you mean @${suggestion}?)` : ''}`;
}

/** Applies one known tag; returns a problem message (without any value of the entry) or undefined. */
export function applyTag(spec: Partial<EnvVarSpec>, tag: Tag, value: string, setType: (type: EnvVarType) => void): string | undefined {
  const needsValue = (): string => `@${tag} needs a value`;
  switch (tag) {
    case 'type': {
      if (!value) return needsValue();
      const type = envVarTypeOf(value);
      if (type === undefined) {
        const suggestion = suggestName(value, [...ENV_VAR_TYPES, ...Object.keys(ENV_TYPE_ALIASES)]);
        return `unknown @type ${JSON.stringify(value)}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; one of ${ENV_VAR_TYPES.join(', ')}`;
      }
      setType(type);
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
      return applyPattern(spec, value);
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

function applyPattern(spec: Partial<EnvVarSpec>, value: string): string | undefined {
  if (!value) return '@pattern needs a value';
  try {
    new RegExp(value);
  } catch {
    return '@pattern is not a valid regular expression';
  }
  spec.pattern = value;
  return undefined;
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

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
