/**
 * The type an annotated entry's tags add up to: `@values` implies enum, and the combinations the
 * YAML schema forbids are problems here too (the tag at fault is dropped, the rest kept).
 */
import type { EnvVarSpec, EnvVarType } from '../../../config/config-types.js';

/** The tags that only make sense for a URL: the YAML form rejects them on other types. */
const URL_ONLY_TAGS = ['protocols', 'matchesBaseUrl'] as const;

/** Reports a problem at the `@type` tag when there is one, else at the entry. */
export type TypeProblemReporter = (message: string) => void;

/** Settles `spec`'s type from `declared` (`@type`) and its other tags, dropping what conflicts. */
export function resolveAnnotatedType(spec: Partial<EnvVarSpec>, declared: EnvVarType | undefined, report: TypeProblemReporter): EnvVarType {
  let type: EnvVarType = declared ?? (spec.values ? 'enum' : 'string');
  if (spec.values && type !== 'enum') {
    report(`@values needs type enum, not ${type}: the values are ignored`);
    delete spec.values;
  }
  if (type === 'enum' && !spec.values) {
    report('@type enum needs @values a,b,c: checked as a string');
    type = 'string';
  }
  if (type !== 'url' && type !== 'https-url') {
    for (const tag of URL_ONLY_TAGS) {
      if (spec[tag] === undefined) continue;
      report(`@${tag} applies to types url and https-url only, not ${type}: ignored`);
      delete spec[tag];
    }
  }
  if (spec.secret && spec.public) {
    report('@secret and @public exclude each other: kept as secret');
    delete spec.public;
  }
  return type;
}
