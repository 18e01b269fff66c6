/**
 * Every declared host (and the canonical pair): where DNS leads, then, for the hosts that resolve
 * and are not private, one HTTPS request for the certificate and the edge's marks, and the CAA
 * set that governs it.
 */
import pLimit from 'p-limit';
import type { DomainConfig, DomainHost } from '../../config/config-types.js';
import type { DnsResolver } from '../../dns/dns-types.js';
import { describeDnsFailure } from '../../dns/dns-types.js';
import { resolveHost, type HostResolution } from '../../dns/resolve-host.js';
import type { HttpClient } from '../../http/http-types.js';
import type { Finding } from '../../report/finding.js';
import { caaAdvice } from './caa-advice.js';
import { certificateVerdict } from './certificate-findings.js';
import { hostFindings } from './dns-findings.js';
import { edgeVerdict } from './edge/edge-findings.js';
import { EDGE_PROVIDERS } from './edge/edge-providers.js';
import { probeHost } from './probe-host.js';
import type { HostRow } from './result-tables.js';

/** HTTPS requests in flight at once. */
const CONCURRENT_PROBES = 8;

export interface HostsAudit {
  rows: HostRow[];
  findings: Finding[];
}

interface Ports {
  resolver: DnsResolver;
  http?: HttpClient;
  signal: AbortSignal;
  now: Date;
  requestTimeoutMs: number;
}

export async function auditHosts(domain: DomainConfig, hosts: readonly DomainHost[], ports: Ports): Promise<HostsAudit> {
  const edge = domain.edge ? EDGE_PROVIDERS[domain.edge]() : undefined;
  const limit = pLimit(CONCURRENT_PROBES);
  const audits = await Promise.all(
    hosts.map(async (host) => {
      const resolved = await resolveHost(ports.resolver, host.name, ports.signal);
      const findings = hostFindings(host, resolved);
      const row: HostRow = { host: host.name, resolves: describeResolution(resolved), certificate: '—', edge: '—', passed: findings.length === 0 };
      if (resolved.addresses.length === 0 || host.private || !ports.http) return { row, findings };
      const probe = await limit(() => probeHost(ports.http!, host.name, { timeoutMs: ports.requestTimeoutMs, signal: ports.signal }));
      const certificate = certificateVerdict(host.name, probe, ports.now);
      const edgeResult = edge && !host.staging ? edgeVerdict(edge, host.name, resolved.addresses, probe) : undefined;
      const caa = await caaAdvice(ports.resolver, host.name, (probe.response?.tls ?? probe.failure?.tls)?.issuer, ports.signal);
      const hostFindingsAll = [...findings, ...certificate.findings, ...(edgeResult?.findings ?? [])];
      return {
        row: { ...row, certificate: certificate.summary, edge: edgeResult ? edgeResult.via : '—', passed: hostFindingsAll.length === 0 },
        findings: [...hostFindingsAll, ...caa.findings]
      };
    })
  );
  // CAA advice is per zone: many hosts under one apex give one finding.
  const seen = new Set<string>();
  const findings = audits.flatMap((audit) => audit.findings).filter((finding) => !seen.has(finding.fingerprint) && seen.add(finding.fingerprint));
  return { rows: audits.map((audit) => audit.row), findings };
}

function describeResolution(resolved: HostResolution): string {
  const chain = resolved.chain.map((name) => `→ ${name} `).join('');
  if (resolved.loop) return `${chain}(loop)`;
  if (resolved.tooLong) return `${chain}(chain too long)`;
  if (resolved.failure) return `${chain}${resolved.failure.at} ${describeDnsFailure(resolved.failure)}`.trim();
  const shown = resolved.addresses.slice(0, 3).join(', ') + (resolved.addresses.length > 3 ? ` +${resolved.addresses.length - 3}` : '');
  return `${chain}${shown}`;
}
