/**
 * Follows an SPF record the way a receiver evaluates it, to count what RFC 7208 §4.6.4 limits:
 * at most 10 mechanisms and modifiers that query DNS (include, a, mx, ptr, exists, redirect),
 * counted through every include and redirect, and at most 2 "void" lookups (NXDOMAIN or no
 * records). Past either limit, receivers return permerror and the domain's mail fails SPF.
 * An include that comes back to a domain on its own path is a loop. The walk is bounded: it stops
 * following at twice the lookup limit; answers come from the run's DNS cache.
 */
import type { DnsResolver } from '../../../dns/dns-types.js';
import { isSpfRecord, LOOKUP_MECHANISMS, parseSpf, type SpfTerm } from './parse-spf.js';

export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LIMIT = 2;
const FOLLOW_LIMIT = 2 * SPF_LOOKUP_LIMIT;

export interface SpfWalk {
  /** DNS-querying terms met in all. */
  lookups: number;
  /** The lookups in order, `include:_spf.example.com` …, with the domain whose record has them. */
  path: string[];
  voids: number;
  /** An include/redirect chain that came back to a domain on it: the domains in order. */
  loop?: string[];
  /** include/redirect targets without one SPF record (a permerror), with why. */
  broken: Array<{ domain: string; why: string }>;
  /** The walk stopped following at FOLLOW_LIMIT lookups; `lookups` is a lower bound. */
  truncated: boolean;
}

interface State extends SpfWalk {
  resolver: DnsResolver;
  signal?: AbortSignal;
}

/** Walks `terms`, the parsed record of `domain`. */
export async function walkSpf(resolver: DnsResolver, domain: string, terms: readonly SpfTerm[], signal?: AbortSignal): Promise<SpfWalk> {
  const state: State = { resolver, signal, lookups: 0, path: [], voids: 0, broken: [], truncated: false };
  await walkRecord(state, domain, terms, [domain.toLowerCase()]);
  return { lookups: state.lookups, path: state.path, voids: state.voids, broken: state.broken, truncated: state.truncated, ...(state.loop ? { loop: state.loop } : {}) };
}

async function walkRecord(state: State, domain: string, terms: readonly SpfTerm[], chain: string[]): Promise<void> {
  const hasAll = terms.some((term) => term.kind === 'mechanism' && term.name === 'all');
  for (const term of terms) {
    const follows = term.kind === 'mechanism' ? LOOKUP_MECHANISMS.has(term.name) : term.name === 'redirect' && !hasAll; // §6.1: redirect is ignored when there is an all
    if (!follows) continue;
    if (state.lookups >= FOLLOW_LIMIT) {
      state.truncated = true;
      return;
    }
    state.lookups += 1;
    state.path.push(`${term.text} (in ${domain})`);
    const target = (term.kind === 'mechanism' ? term.target : term.value) ?? domain;
    if (target.includes('%')) continue; // a macro: known only per message
    if (term.kind === 'modifier' || term.name === 'include') await followInclude(state, target, chain);
    else if (term.name === 'a') await countVoid(state, target, ['A', 'AAAA']);
    else if (term.name === 'mx') await countVoid(state, target, ['MX']);
  }
}

async function followInclude(state: State, target: string, chain: string[]): Promise<void> {
  const key = target.toLowerCase().replace(/\.$/, '');
  if (chain.includes(key)) {
    state.loop ??= [...chain, key];
    return;
  }
  const answer = await state.resolver.lookup(target, 'TXT', state.signal);
  const records = answer.ok ? answer.records.filter(isSpfRecord) : [];
  if (!answer.ok && (answer.failure.kind === 'nxdomain' || answer.failure.kind === 'nodata')) state.voids += 1;
  if (records.length !== 1) {
    const why = !answer.ok ? answer.failure.kind.toUpperCase() : records.length === 0 ? 'no v=spf1 record' : `${records.length} v=spf1 records`;
    state.broken.push({ domain: target, why });
    return;
  }
  await walkRecord(state, target, parseSpf(records[0]!).terms, [...chain, key]);
}

async function countVoid(state: State, target: string, types: Array<'A' | 'AAAA' | 'MX'>): Promise<void> {
  const answers = await Promise.all(types.map((type) => state.resolver.lookup(target, type, state.signal)));
  const empty = answers.every((answer) => (answer.ok ? answer.records.length === 0 : answer.failure.kind === 'nxdomain' || answer.failure.kind === 'nodata'));
  if (empty) state.voids += 1;
}
