/**
 * An SPF record's terms (RFC 7208 §4.6.1, §5, §6): mechanisms with their qualifier and target,
 * and modifiers. Pure; the walk through includes is walk-spf.ts.
 */
import { isIPv4, isIPv6 } from 'node:net';

export type Qualifier = '+' | '-' | '~' | '?';
export type MechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

export type SpfTerm =
  | { kind: 'mechanism'; qualifier: Qualifier; name: MechanismName; target?: string; text: string }
  | { kind: 'modifier'; name: string; value: string; text: string };

export interface ParsedSpf {
  terms: SpfTerm[];
  /** Terms that do not parse, with why. */
  errors: string[];
}

/** Mechanisms that cost a DNS lookup, counted against the limit of 10 (RFC 7208 §4.6.4). */
export const LOOKUP_MECHANISMS: ReadonlySet<MechanismName> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

const MECHANISM = /^([+\-~?]?)(all|include|a|mx|ptr|ip4|ip6|exists)(?::([^/]+))?((?:\/\d{1,3})?(?:\/\/\d{1,3})?)$/i;
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/i;
/** A domain-spec: labels, or macros (%{d}, %{i}, …), which we neither expand nor follow. */
const DOMAIN_SPEC = /^([A-Za-z0-9_-]+\.)*[A-Za-z0-9_-]+\.?$|%/;

export function isSpfRecord(text: string): boolean {
  return /^v=spf1(\s|$)/i.test(text);
}

export function parseSpf(text: string): ParsedSpf {
  const terms: SpfTerm[] = [];
  const errors: string[] = [];
  for (const term of text.trim().split(/\s+/).slice(1)) {
    const mechanism = MECHANISM.exec(term);
    if (mechanism) {
      const name = mechanism[2]!.toLowerCase() as MechanismName;
      const target = mechanism[3];
      const problem = targetProblem(name, target, mechanism[4] ?? '');
      if (problem) errors.push(`"${term}": ${problem}`);
      else terms.push({ kind: 'mechanism', qualifier: (mechanism[1] || '+') as Qualifier, name, ...(target ? { target } : {}), text: term });
      continue;
    }
    const modifier = MODIFIER.exec(term);
    if (modifier) {
      const name = modifier[1]!.toLowerCase();
      if ((name === 'redirect' || name === 'exp') && !DOMAIN_SPEC.test(modifier[2]!)) errors.push(`"${term}": ${name}= needs a domain`);
      else if ((name === 'redirect' || name === 'exp') && terms.some((seen) => seen.kind === 'modifier' && seen.name === name)) errors.push(`"${term}": ${name}= appears twice`);
      else terms.push({ kind: 'modifier', name, value: modifier[2]!, text: term });
      continue;
    }
    errors.push(`"${term}" is not an SPF mechanism or modifier`);
  }
  return { terms, errors };
}

function targetProblem(name: MechanismName, target: string | undefined, cidr: string): string | undefined {
  switch (name) {
    case 'all':
      return target || cidr ? 'all takes no argument' : undefined;
    case 'include':
    case 'exists':
      if (!target) return `${name} needs a domain (${name}:example.com)`;
      return DOMAIN_SPEC.test(target) && !cidr ? undefined : `${name} needs a domain, got ${target}${cidr}`;
    case 'ip4':
      return target && isIPv4(target) && prefixWithin(cidr, 32) ? undefined : 'ip4 needs an IPv4 address or network, like ip4:192.0.2.0/24';
    case 'ip6':
      return target && isIPv6(target) && prefixWithin(cidr, 128) ? undefined : 'ip6 needs an IPv6 address or network, like ip6:2001:db8::/32';
    default:
      return target === undefined || DOMAIN_SPEC.test(target) ? undefined : `${name} needs a domain, got ${target}`;
  }
}

function prefixWithin(cidr: string, max: number): boolean {
  const match = /^\/(\d+)$/.exec(cidr);
  return cidr === '' || (match !== null && Number(match[1]) <= max);
}
