/**
 * The domain check (issue 17): the boring infrastructure behind a launch, from CI. Every declared
 * host resolves (no dangling CNAME, no private host in public DNS), serves a certificate far from
 * expiry, sits behind the declared edge; apex and www agree on one canonical host; and each mail
 * domain has SPF, DKIM, DMARC and MX in order. DNS goes through `deps.dns` (the servers in
 * `domain.nameservers`), HTTP through `deps.http`; this file only wires the parts together.
 */
import type { Check, CheckDeps, CheckOutcome } from '../check.js';
import type { Config, DomainConfig, DomainHost } from '../../config/config-types.js';
import { auditHosts } from './audit-hosts.js';
import { auditMailDomain } from './audit-mail-domain.js';
import { canonicalVerdict, pairedHost } from './canonical-host.js';
import { canonicalTable, hostsTable, mailTable } from './result-tables.js';
import { checkInbox, createMailDnsResolver, unavailableFinding, type InboxOutcome } from '../../mail/index.js';

/** One HTTPS request's deadline. */
const REQUEST_TIMEOUT_MS = 10_000;

export const domainCheck: Check = {
  name: 'domain',
  description: 'Audits DNS (dangling CNAMEs, private hosts in public DNS), the canonical host, the edge, certificates and email authentication (SPF, DKIM, DMARC, MX) of the declared domains.',
  appliesTo: (config) => (config.domain ? { applies: true } : { applies: false, reason: 'no `domain:` section in launch-ready.yml' }),
  run: runDomainCheck
};

/** The canonical host and its pair first (public hosts), then the declared ones, each name once. */
export function hostsToAudit(domain: DomainConfig): DomainHost[] {
  const pair = domain.canonical ? [domain.canonical, pairedHost(domain.canonical)].map((name) => ({ name, private: false, staging: false })) : [];
  const seen = new Set<string>();
  return [...pair, ...domain.hosts].filter((host) => {
    const key = host.name.toLowerCase().replace(/\.$/, '');
    return !seen.has(key) && seen.add(key);
  });
}

async function runDomainCheck(config: Config, _context: unknown, deps: CheckDeps): Promise<CheckOutcome> {
  const domain = config.domain;
  if (!domain) return { status: 'skipped', findings: [], reason: 'no `domain:` section in launch-ready.yml' };
  if (!deps.dns) throw new Error('the domain check needs the DNS client (CheckDeps.dns)');
  const resolver = deps.dns.resolver({ nameservers: domain.nameservers, lookupTimeoutMs: domain.lookupTimeoutMs });
  const signal = deps.signal;
  const hosts = hostsToAudit(domain);
  const email = domain.email;
  const mailDomains = email ? [...new Set([...email.domains, ...email.receives].map((name) => name.toLowerCase()))] : [];
  const [hostAudit, canonical, mail, inbox] = await Promise.all([
    auditHosts(domain, hosts, { resolver, http: deps.http, signal, now: deps.clock.today(), requestTimeoutMs: REQUEST_TIMEOUT_MS }),
    domain.canonical && deps.http ? canonicalVerdict(deps.http, domain.canonical, { timeoutMs: REQUEST_TIMEOUT_MS, signal }) : undefined,
    Promise.all(
      mailDomains.map((name) =>
        auditMailDomain(resolver, {
          domain: name,
          sends: email!.domains.some((item) => item.toLowerCase() === name),
          receives: email!.receives.some((item) => item.toLowerCase() === name),
          selectors: email!.dkimSelectors,
          signal
        })
      )
    ),
    inboxTest(domain, deps)
  ]);
  const tables = [hostsTable(hostAudit.rows, domain.edge !== undefined)];
  if (canonical) tables.push(canonicalTable(canonical.rows, canonical.findings.length === 0));
  if (mail.length > 0) tables.push(mailTable(mail.map((audit) => audit.row)));
  return {
    findings: [...hostAudit.findings, ...(canonical?.findings ?? []), ...mail.flatMap((audit) => audit.findings), ...(inbox?.findings ?? [])],
    metrics: {
      hosts: hosts.length,
      hostsFailed: hostAudit.rows.filter((row) => !row.passed).length,
      mailDomains: mail.length,
      dnsQueries: resolver.queries(),
      ...(inbox ? { emailArrived: inbox.arrived ? 1 : 0 } : {})
    },
    tables,
    // The mailbox password: cut from every output by the pipeline, whatever a library echoed.
    ...(inbox && inbox.redact.length > 0 ? { redact: inbox.redact } : {}),
    ...(deps.http ? {} : { reason: 'no HTTP client: certificates, the edge and the canonical redirect were not checked' })
  };
}

/**
 * The inbox test (`domain.email.inbox` with `expect`): waits for the app's email and verifies it.
 * A mailbox that cannot be read is a finding of its own, so an unverified email never passes.
 */
async function inboxTest(domain: DomainConfig, deps: CheckDeps): Promise<(InboxOutcome & { findings: InboxOutcome['findings'] }) | undefined> {
  const inbox = domain.email?.inbox;
  if (!inbox?.expect) return undefined;
  const resolver = createMailDnsResolver({ ...(domain.nameservers ? { nameservers: domain.nameservers } : {}), timeoutMs: domain.lookupTimeoutMs });
  const outcome = await checkInbox(inbox, { env: deps.env, clock: deps.clock, signal: deps.signal, resolver, logger: deps.logger });
  if (outcome.error === undefined) return outcome;
  return { ...outcome, findings: [...outcome.findings, unavailableFinding({ expect: inbox.expect }, outcome.error)] };
}
