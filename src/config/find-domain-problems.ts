/**
 * What the schema cannot say about the domain section: a nameserver's port must be 1-65535 and
 * its address a real one (999.1.1.1 has the shape), the canonical host needs a parent domain to
 * pair apex and www, and a host is declared once.
 */
import type { PathProblem } from './config-problems.js';
import { formatPath } from './describe-value.js';
import { parseNameserver } from '../dns/nameserver.js';
import { child, isRecord } from './raw-access.js';

export function domainProblems(data: unknown): PathProblem[] {
  return [...nameserverProblems(child(data, 'domain', 'nameservers')), ...canonicalProblems(child(data, 'domain', 'canonical')), ...duplicateHostProblems(child(data, 'domain', 'hosts'))];
}

function nameserverProblems(value: unknown): PathProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index): PathProblem[] => {
    if (typeof entry !== 'string') return [];
    const parsed = parseNameserver(entry);
    if (!('problem' in parsed)) return [];
    const path = ['domain', 'nameservers', String(index)];
    return [{ path, target: 'value', message: `${formatPath(path)}: ${parsed.problem}; got "${entry}"` }];
  });
}

function canonicalProblems(value: unknown): PathProblem[] {
  if (typeof value !== 'string' || value.replace(/\.$/, '').replace(/^www\./i, '').includes('.')) return [];
  const path = ['domain', 'canonical'];
  return [{ path, target: 'value', message: `${formatPath(path)}: expected the apex or www host of a domain, like example.com or www.example.com; got "${value}"` }];
}

function duplicateHostProblems(value: unknown): PathProblem[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value.flatMap((entry, index): PathProblem[] => {
    const name = typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.name === 'string' ? entry.name : undefined;
    if (name === undefined) return [];
    const key = name.toLowerCase().replace(/\.$/, '');
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    const path = ['domain', 'hosts', String(index)];
    return [{ path, target: 'value', message: `${formatPath(path)}: ${name} is declared twice; expected each host once` }];
  });
}
