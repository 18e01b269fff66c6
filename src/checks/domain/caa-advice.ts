/**
 * CAA (RFC 8659): which certificate authorities may issue for a name, found by climbing from the
 * host towards the root until a name has CAA records (§3). Advice only: no CAA lets any CA issue,
 * which is the default everywhere; a CAA set that omits the CA in use blocks its next renewal.
 */
import type { CaaRecord, DnsResolver } from '../../dns/dns-types.js';
import type { Finding } from '../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from './domain-rules.js';

/** The CAA issuer domain of well-known CAs, from words in the issuing certificate's CN. */
const ISSUERS: ReadonlyArray<[RegExp, string]> = [
  [/let's encrypt|^(r|e)\d+$/i, 'letsencrypt.org'],
  [/google|^gts|^w[re]\d+$/i, 'pki.goog'],
  [/digicert|geotrust|rapidssl|thawte/i, 'digicert.com'],
  [/sectigo|comodo|zerossl/i, 'sectigo.com'],
  [/amazon/i, 'amazon.com']
];

export interface CaaAdvice {
  /** Where the CAA set was found, and its issuers; undefined when none up to the registrable name. */
  foundAt?: string;
  issuers: string[];
  findings: Finding[];
}

export async function caaAdvice(resolver: DnsResolver, host: string, issuerName: string | undefined, signal?: AbortSignal): Promise<CaaAdvice> {
  const labels = host.replace(/\.$/, '').split('.');
  let found: { name: string; records: CaaRecord[] } | undefined;
  // Stop above the last two labels: a TLD's CAA is not the owner's to set.
  for (let index = 0; index <= labels.length - 2 && !found; index += 1) {
    const name = labels.slice(index).join('.');
    const answer = await resolver.lookup(name, 'CAA', signal);
    if (answer.ok && answer.records.length > 0) found = { name, records: answer.records };
  }
  const apex = labels.slice(-2).join('.');
  const caDomain = issuerName ? ISSUERS.find(([pattern]) => pattern.test(issuerName))?.[1] : undefined;
  if (!found) {
    return {
      issuers: [],
      findings: [domainFinding({ rule: DOMAIN_RULES.caaMissing, message: `No CAA record at ${host} or its parents: any certificate authority may issue certificates for it.`, kind: 'CAA', where: apex, remediation: `Publish the CA you use, e.g. ${apex}. CAA 0 issue "${caDomain ?? 'letsencrypt.org'}".` })]
    };
  }
  const issuers = found.records.filter((record) => record.tag === 'issue' || record.tag === 'issuewild').map((record) => record.value.split(';')[0]!.trim());
  const findings =
    caDomain && issuers.length > 0 && !issuers.includes(caDomain)
      ? [domainFinding({ rule: DOMAIN_RULES.caaMismatch, message: `${host}'s certificate comes from ${caDomain} (issuer ${issuerName}), but the CAA records at ${found.name} allow only ${issuers.join(', ')}: its next renewal will be refused.`, kind: 'CAA', where: found.name, remediation: `Add ${found.name}. CAA 0 issue "${caDomain}".` })]
      : [];
  return { foundAt: found.name, issuers, findings };
}
