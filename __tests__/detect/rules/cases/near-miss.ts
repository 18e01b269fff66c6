/**
 * The case table shape, and near misses derived from a rule's sample: one character short or
 * long, glued to a word, another prefix, a reference instead of a value.
 */
import { sampleFor, type SecretSample } from '../samples.js';

export interface RuleCases {
  ruleId: string;
  /** Lines the rule reports, beyond its sample, with the secret it reports. */
  positives?: Array<[line: string, secret: string]>;
  /** Near misses the rule must not report: why, and the line. */
  negatives: Array<[why: string, line: string]>;
}

/** The rule's sample line with the secret replaced. */
export function swap(ruleId: string, secret: (sample: SecretSample) => string): string {
  const sample = sampleFor(ruleId);
  return sample.line.replace(sample.secret, () => secret(sample));
}

/** The sample with its secret one character shorter. */
export const shorter = (ruleId: string, by = 1) => swap(ruleId, ({ secret }) => secret.slice(0, -by));

/** The sample with its secret followed by more token characters. */
export const longer = (ruleId: string, extra = 'Q') => swap(ruleId, ({ secret }) => secret + extra);

/** The sample with its secret glued to the word before it. */
export const glued = (ruleId: string) => swap(ruleId, ({ secret }) => `x${secret}`);

/** The sample with the first `from` in its secret replaced by `to`. */
export const altered = (ruleId: string, from: string | RegExp, to: string | ((found: string) => string)) =>
  swap(ruleId, ({ secret }) => secret.replace(from, typeof to === 'string' ? () => to : to));

/** The sample line with a reference (`${VAR}`) where the secret was. */
export const referenced = (ruleId: string) => swap(ruleId, () => '${SECRET_FROM_VAULT}');

/** `[line, secret]` for a positive case built from a template and a secret. */
export const hit = (template: string, secret: string): [string, string] => [template.replace('$', () => secret), secret];
