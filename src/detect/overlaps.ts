/**
 * One secret, one finding: when rules match overlapping text, the most specific one reports it.
 * Two steps, because they need different evidence:
 *
 * 1. Before the filters, by rank: a generic guess yields to any other rule; a context rule (a
 *    header, `curl -u`, an id+secret pair) to a key block or a provider's format; a key block
 *    (PEM, PGP, age) to a provider's rule that holds it, such as the private key of a Google Cloud
 *    service-account file. The lower match yields even when the higher one is then filtered out:
 *    a provider's documented example key is no finding, not a generic guess either.
 * 2. After the filters, among the survivors of one rank: two provider rules on the same token (or
 *    two context rules on one header) are one finding, the higher severity's, else the longer
 *    span's, else the earlier rule's (issue #16).
 */
import type { SecretRule } from './contracts.js';
import { SEVERITIES } from '../report/finding.js';

/** What the overlap tests read of a rule's match. */
export interface Span {
  rule: SecretRule;
  /** The text the offsets index: the source, or a decoded span of it. */
  haystack: string;
  start: number;
  end: number;
}

const GENERIC = 0;
const CONTEXT = 1;
const KEY_FORMAT = 2;
const PROVIDER = 3;

function specificity(rule: SecretRule): number {
  if (rule.category === 'generic') return GENERIC;
  if (rule.category === 'context') return CONTEXT;
  return rule.category === 'key' ? KEY_FORMAT : PROVIDER;
}

/** Whether two matches share text (in the same source or the same decoded span). */
function overlap(a: Span, b: Span): boolean {
  return a.haystack === b.haystack && a.start < b.end && b.start < a.end;
}

/** Step 1: drops each match that overlaps a match of a more specific rank. */
export function yieldToProviders<T extends Span>(candidates: T[]): T[] {
  const ranked = candidates.map((candidate) => ({ candidate, rank: specificity(candidate.rule) }));
  if (ranked.every(({ rank }) => rank === PROVIDER)) return candidates;
  return ranked
    .filter(({ candidate, rank }) => rank === PROVIDER || !ranked.some((other) => other.rank > rank && overlap(other.candidate, candidate)))
    .map(({ candidate }) => candidate);
}

/**
 * Step 2: of the surviving matches that overlap, keeps one (see the order above); `spanOf` reads
 * an item's match. A sweep in order of start, so a file of thousands of findings is not compared
 * pair by pair: each match meets only the ones that start inside it.
 */
export function onePerSpan<T>(items: T[], spanOf: (item: T) => Span): T[] {
  if (items.length < 2) return items;
  const order = items.map((item, index) => ({ span: spanOf(item), index })).sort((a, b) => a.span.start - b.span.start);
  const dropped = new Set<number>();
  for (let at = 0; at < order.length; at += 1) {
    const a = order[at] as (typeof order)[number];
    for (let next = at + 1; next < order.length && (order[next] as (typeof order)[number]).span.start < a.span.end; next += 1) {
      const b = order[next] as (typeof order)[number];
      if (b.span.haystack !== a.span.haystack) continue;
      dropped.add(outranks(a.span, a.index, b.span, b.index) ? b.index : a.index);
    }
  }
  return dropped.size === 0 ? items : items.filter((_item, index) => !dropped.has(index));
}

function outranks(a: Span, aIndex: number, b: Span, bIndex: number): boolean {
  const severity = SEVERITIES.indexOf(b.rule.severity) - SEVERITIES.indexOf(a.rule.severity);
  if (severity !== 0) return severity > 0;
  const length = a.end - a.start - (b.end - b.start);
  return length !== 0 ? length > 0 : aIndex < bIndex;
}
