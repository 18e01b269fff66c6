/**
 * One DKIM selector of a sending domain (RFC 6376 §3.6.1): `<selector>._domainkey.<domain>` has a
 * key record that parses, and an RSA key of at least 1024 bits (RFC 8301 §3.2: verifiers must not
 * accept shorter keys); 2048 is the recommendation. The key size is read by node:crypto.
 */
import { createPublicKey } from 'node:crypto';
import type { DnsResolver } from '../../../dns/dns-types.js';
import { describeDnsFailure } from '../../../dns/dns-types.js';
import type { Finding } from '../../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from '../domain-rules.js';

export interface DkimResult {
  findings: Finding[];
  /** For the table: `rsa 2048`, `missing`. */
  summary: string;
}

export const MIN_RSA_BITS = 1024;
export const RECOMMENDED_RSA_BITS = 2048;

/** The key type and size of a DKIM record, or why it cannot be read. */
export function readDkimKey(text: string): { type: string; bits?: number; revoked?: boolean } | { problem: string } {
  const tags = new Map(
    text
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.slice(0, part.indexOf('=') === -1 ? part.length : part.indexOf('=')).trim().toLowerCase(), part.slice(part.indexOf('=') + 1).replace(/\s+/g, '')] as const)
  );
  if (tags.has('v') && tags.get('v') !== 'DKIM1') return { problem: `v=${tags.get('v')} is not DKIM1` };
  const type = (tags.get('k') ?? 'rsa').toLowerCase();
  const key = tags.get('p');
  if (key === undefined) return { problem: 'there is no p= (public key) tag' };
  if (key === '') return { type, revoked: true };
  if (type === 'ed25519') return Buffer.from(key, 'base64').length === 32 ? { type, bits: 256 } : { problem: 'p= is not a 32-byte Ed25519 key' };
  if (type !== 'rsa') return { problem: `k=${type} is not a key type receivers know (rsa, ed25519)` };
  try {
    const parsed = createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' });
    return { type, bits: parsed.asymmetricKeyDetails?.modulusLength };
  } catch {
    return { problem: 'p= is not a base64 RSA public key (SubjectPublicKeyInfo)' };
  }
}

export async function checkDkim(resolver: DnsResolver, domain: string, selector: string, signal?: AbortSignal): Promise<DkimResult> {
  const name = `${selector}._domainkey.${domain}`;
  const at = { kind: 'TXT', where: name };
  const answer = await resolver.lookup(name, 'TXT', signal);
  const records = answer.ok ? answer.records.filter((text) => /(^|;)\s*p\s*=/i.test(text)) : [];
  if (!answer.ok && answer.failure.kind !== 'nxdomain' && answer.failure.kind !== 'nodata') {
    const message = `The TXT lookup of ${name} ${describeDnsFailure(answer.failure)}: the DKIM key could not be checked.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.lookupFailed, message, ...at, remediation: 'Check the zone at its DNS provider, or domain.nameservers.' })], summary: answer.failure.kind };
  }
  if (records.length === 0) {
    const message = `DKIM selector ${selector} of ${domain} has no key at ${name}: mail signed with it fails DKIM, and DMARC then rests on SPF alone.`;
    return {
      findings: [domainFinding({ rule: DOMAIN_RULES.dkimMissing, message, ...at, remediation: `Publish the key your mail provider gives for selector ${selector}: ${name}. TXT "v=DKIM1; k=rsa; p=<base64 public key>" (or fix domain.email.dkimSelectors).` })],
      summary: 'missing'
    };
  }
  const key = readDkimKey(records[0]!);
  if ('problem' in key) {
    return { findings: [domainFinding({ rule: DOMAIN_RULES.dkimInvalid, message: `The DKIM record at ${name} does not parse: ${key.problem}.`, ...at, remediation: `Republish the record exactly as your mail provider gives it: ${name}. TXT "v=DKIM1; k=rsa; p=<base64 public key>"` })], summary: 'invalid' };
  }
  if (key.revoked) return { findings: [], summary: 'revoked (empty p=)' };
  const bits = key.bits ?? 0;
  if (key.type === 'rsa' && bits < MIN_RSA_BITS) {
    const message = `The DKIM key of selector ${selector} (${name}) is ${bits}-bit RSA: receivers ignore keys under ${MIN_RSA_BITS} bits (RFC 8301), and such a key can be factored.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.dkimWeakKey, message, ...at, remediation: `Generate a ${RECOMMENDED_RSA_BITS}-bit key at your mail provider under a new selector, publish it, switch signing to it, then remove ${name}.` })], summary: `rsa ${bits}` };
  }
  if (key.type === 'rsa' && bits < RECOMMENDED_RSA_BITS) {
    const message = `The DKIM key of selector ${selector} (${name}) is ${bits}-bit RSA; ${RECOMMENDED_RSA_BITS} bits is the recommendation.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.dkimShortKey, message, ...at, remediation: `Rotate to a ${RECOMMENDED_RSA_BITS}-bit key under a new selector when your provider allows it.` })], summary: `rsa ${bits}` };
  }
  return { findings: [], summary: `${key.type} ${bits}` };
}
