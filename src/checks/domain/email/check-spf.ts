/**
 * A sending domain's SPF (RFC 7208): exactly one v=spf1 record (§4.5: two is a permerror), every
 * term parses, the catch-all is not `+all` (anyone may send) or `?all` (no statement), and the
 * include walk stays within 10 DNS lookups and 2 void lookups, without loops.
 */
import type { DnsResolver } from '../../../dns/dns-types.js';
import { describeDnsFailure } from '../../../dns/dns-types.js';
import type { Finding } from '../../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from '../domain-rules.js';
import { isSpfRecord, parseSpf } from './parse-spf.js';
import { SPF_LOOKUP_LIMIT, SPF_VOID_LIMIT, walkSpf } from './walk-spf.js';

export interface SpfResult {
  findings: Finding[];
  /** For the table: `-all, 4 lookups`, `missing`. */
  summary: string;
}

const EXAMPLE = (domain: string): string => `${domain}. TXT "v=spf1 include:<your mail provider's SPF domain> -all"`;

export async function checkSpf(resolver: DnsResolver, domain: string, signal?: AbortSignal): Promise<SpfResult> {
  const answer = await resolver.lookup(domain, 'TXT', signal);
  const at = { kind: 'TXT', where: domain };
  if (!answer.ok && answer.failure.kind !== 'nxdomain' && answer.failure.kind !== 'nodata') {
    const message = `The TXT lookup of ${domain} ${describeDnsFailure(answer.failure)}: SPF could not be checked.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.lookupFailed, message, ...at, key: ['spf'], remediation: 'Check the zone at its DNS provider, or domain.nameservers.' })], summary: answer.failure.kind };
  }
  const records = answer.ok ? answer.records.filter(isSpfRecord) : [];
  if (records.length === 0) {
    const message = `${domain} publishes no SPF record: receivers cannot tell its mail from forgeries, and Gmail and Yahoo reject bulk mail without one.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.spfMissing, message, ...at, remediation: `Publish one TXT record: ${EXAMPLE(domain)}` })], summary: 'missing' };
  }
  if (records.length > 1) {
    const message = `${domain} publishes ${records.length} v=spf1 records; receivers treat that as a permanent error (RFC 7208 §4.5), so SPF fails for all its mail.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.spfMultiple, message, ...at, remediation: 'Merge them into one v=spf1 record (all include: and ip4:/ip6: terms, one all at the end) and delete the others.' })], summary: `${records.length} records` };
  }
  const record = records[0]!;
  const parsed = parseSpf(record);
  const findings: Finding[] = [];
  if (parsed.errors.length > 0) {
    const message = `The SPF record of ${domain} does not parse: ${parsed.errors.slice(0, 3).join('; ')}. Receivers return permerror.`;
    findings.push(domainFinding({ rule: DOMAIN_RULES.spfSyntax, message, ...at, remediation: `Fix the term (RFC 7208 §5), e.g. ${EXAMPLE(domain)}` }));
  }
  const all = parsed.terms.find((term) => term.kind === 'mechanism' && term.name === 'all');
  if (all?.kind === 'mechanism' && (all.qualifier === '+' || all.qualifier === '?')) {
    const anyone = all.qualifier === '+';
    findings.push(
      domainFinding({
        rule: DOMAIN_RULES.spfPermissive,
        ...(anyone ? {} : { severity: 'high' as const }),
        message: anyone
          ? `The SPF record of ${domain} ends in +all: every server on the internet may send as ${domain}.`
          : `The SPF record of ${domain} ends in ?all (neutral): it says nothing about servers it does not list, so forgeries pass.`,
        ...at,
        remediation: `End the record with -all (or ~all while you check reports): ${record.replace(/(\s)[+?]?all(?=\s|$)/i, '$1-all')}`
      })
    );
  }
  const walk = await walkSpf(resolver, domain, parsed.terms, signal);
  if (walk.loop) {
    findings.push(domainFinding({ rule: DOMAIN_RULES.spfLoop, message: `The SPF includes of ${domain} loop: ${walk.loop.join(' → ')}. Receivers return permerror.`, ...at, remediation: `Remove the include: or redirect= that points back (${walk.loop.at(-2)} → ${walk.loop.at(-1)}).` }));
  }
  if (walk.lookups > SPF_LOOKUP_LIMIT) {
    const count = `${walk.truncated ? 'at least ' : ''}${walk.lookups}`;
    findings.push(
      domainFinding({
        rule: DOMAIN_RULES.spfTooManyLookups,
        message: `The SPF record of ${domain} needs ${count} DNS lookups counted through its includes; receivers stop at ${SPF_LOOKUP_LIMIT} (RFC 7208 §4.6.4) and SPF fails with permerror. Lookups: ${walk.path.slice(0, 12).join(', ')}${walk.path.length > 12 ? ', …' : ''}.`,
        ...at,
        remediation: 'Drop includes of services that no longer send for you, replace a and mx terms with ip4:/ip6: ranges, or use a subdomain per sending service (mail.example.com with its own SPF).'
      })
    );
  }
  if (walk.voids > SPF_VOID_LIMIT) {
    findings.push(domainFinding({ rule: DOMAIN_RULES.spfVoidLookups, message: `The SPF walk of ${domain} meets ${walk.voids} lookups that return nothing (NXDOMAIN or no records); receivers stop at ${SPF_VOID_LIMIT} (RFC 7208 §4.6.4).`, ...at, remediation: 'Remove include:, a and mx terms that name domains without records.' }));
  }
  for (const broken of walk.broken) {
    findings.push(domainFinding({ rule: DOMAIN_RULES.spfBrokenInclude, message: `The SPF record of ${domain} includes ${broken.domain}, which has ${broken.why}: receivers return permerror (RFC 7208 §5.2).`, ...at, key: [broken.domain], remediation: `Remove include:${broken.domain} or correct it to your provider's documented SPF domain.` }));
  }
  const ending = all?.kind === 'mechanism' ? `${all.qualifier === '+' ? '' : all.qualifier}all` : 'no all';
  return { findings, summary: `${ending}, ${walk.truncated ? '≥' : ''}${walk.lookups} lookup${walk.lookups === 1 ? '' : 's'}` };
}
