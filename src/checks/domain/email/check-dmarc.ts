/**
 * A sending domain's DMARC record (RFC 7489 §6.3) at `_dmarc.<domain>`: present, one, valid tags;
 * `p=none` only monitors (medium: move to quarantine/reject once reports look clean); `rua` present
 * so someone sees the reports; the alignment modes are shown in the table.
 */
import type { DnsResolver } from '../../../dns/dns-types.js';
import { describeDnsFailure } from '../../../dns/dns-types.js';
import type { Finding } from '../../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from '../domain-rules.js';

export interface DmarcResult {
  findings: Finding[];
  /** For the table: `p=reject, adkim=r, aspf=r`, `missing`. */
  summary: string;
}

const POLICIES = new Set(['none', 'quarantine', 'reject']);
const CHECKS: Readonly<Record<string, (value: string) => boolean>> = {
  v: (value) => value === 'DMARC1',
  p: (value) => POLICIES.has(value.toLowerCase()),
  sp: (value) => POLICIES.has(value.toLowerCase()),
  np: (value) => POLICIES.has(value.toLowerCase()),
  adkim: (value) => /^[rs]$/i.test(value),
  aspf: (value) => /^[rs]$/i.test(value),
  pct: (value) => /^\d{1,3}$/.test(value) && Number(value) <= 100,
  ri: (value) => /^\d+$/.test(value),
  fo: (value) => /^[01ds](:[01ds])*$/i.test(value),
  rf: (value) => /^[a-z0-9-]+(:[a-z0-9-]+)*$/i.test(value),
  rua: (value) => value.split(',').every((uri) => /^\s*(mailto|https?):[^\s]+$/i.test(uri)),
  ruf: (value) => value.split(',').every((uri) => /^\s*(mailto|https?):[^\s]+$/i.test(uri))
};

/** `v=DMARC1; p=none` → tags, and the problems found while reading them. */
export function parseDmarc(text: string): { tags: Map<string, string>; errors: string[] } {
  const tags = new Map<string, string>();
  const errors: string[] = [];
  const parts = text.split(';').map((part) => part.trim()).filter(Boolean);
  parts.forEach((part, index) => {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? '' : part.slice(eq + 1).trim();
    if (index === 0 && name !== 'v') errors.push('the record must start with v=DMARC1');
    const check = CHECKS[name];
    if (!check) errors.push(`unknown tag "${name}"`);
    else if (!check(value)) errors.push(`${name}=${value} is not valid`);
    tags.set(name, value);
  });
  if (!tags.has('p')) errors.push('p= (the policy) is required');
  return { tags, errors };
}

export async function checkDmarc(resolver: DnsResolver, domain: string, signal?: AbortSignal): Promise<DmarcResult> {
  const name = `_dmarc.${domain}`;
  const at = { kind: 'TXT', where: name };
  const example = `${name}. TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@${domain}"`;
  const answer = await resolver.lookup(name, 'TXT', signal);
  if (!answer.ok && answer.failure.kind !== 'nxdomain' && answer.failure.kind !== 'nodata') {
    const message = `The TXT lookup of ${name} ${describeDnsFailure(answer.failure)}: DMARC could not be checked.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.lookupFailed, message, ...at, remediation: 'Check the zone at its DNS provider, or domain.nameservers.' })], summary: answer.failure.kind };
  }
  const records = answer.ok ? answer.records.filter((text) => /^v\s*=\s*DMARC1\s*(;|$)/i.test(text)) : [];
  if (records.length === 0) {
    const message = `${domain} publishes no DMARC record at ${name}: forged mail from ${domain} is not rejected, and Gmail and Yahoo require DMARC from bulk senders.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.dmarcMissing, message, ...at, remediation: `Publish: ${name}. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}", read the reports for a few weeks, then move to p=quarantine or p=reject.` })], summary: 'missing' };
  }
  if (records.length > 1) {
    const message = `${name} has ${records.length} DMARC records; receivers ignore DMARC for ${domain} when there is more than one (RFC 7489 §6.6.3).`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.dmarcInvalid, message, ...at, remediation: `Keep one record, e.g. ${example}` })], summary: `${records.length} records` };
  }
  const { tags, errors } = parseDmarc(records[0]!);
  const findings: Finding[] = [];
  if (errors.length > 0) {
    findings.push(domainFinding({ rule: DOMAIN_RULES.dmarcInvalid, message: `The DMARC record of ${domain} has problems: ${errors.slice(0, 3).join('; ')}.`, ...at, remediation: `Fix the record (RFC 7489 §6.3), e.g. ${example}` }));
  }
  const policy = tags.get('p')?.toLowerCase();
  if (policy === 'none') {
    findings.push(
      domainFinding({
        rule: DOMAIN_RULES.dmarcMonitorOnly,
        message: `The DMARC policy of ${domain} is p=none: receivers report forged mail but still deliver it.`,
        ...at,
        remediation: `After a few weeks of clean aggregate reports (every legitimate sender passes SPF or DKIM aligned), move to p=quarantine, then p=reject: ${example.replace('p=quarantine', 'p=reject')}`
      })
    );
  }
  if (!tags.has('rua')) {
    findings.push(domainFinding({ rule: DOMAIN_RULES.dmarcNoReports, message: `The DMARC record of ${domain} has no rua=: no one receives the aggregate reports that show who sends as ${domain}.`, ...at, remediation: `Add rua=mailto:dmarc-reports@${domain} (or a DMARC report service's address).` }));
  }
  const align = (tag: string): string => ((tags.get(tag) ?? 'r').toLowerCase() === 's' ? 'strict' : 'relaxed');
  return { findings, summary: `p=${policy ?? '?'}${tags.has('pct') ? ` pct=${tags.get('pct')}` : ''}, DKIM ${align('adkim')}, SPF ${align('aspf')} alignment` };
}
