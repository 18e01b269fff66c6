/**
 * Our own verdict on the message, with mailauth (DKIM, SPF, DMARC; ARC and BIMI are not what the
 * inbox test asks): DKIM is decided by the signature and the published key alone, so it holds
 * wherever the message went. SPF needs the sending IP, which only the receiving server saw: it is
 * taken from the topmost Received header (`trustReceived`), which is right for a direct delivery
 * and a guess behind a provider's internal hops, hence the receiver's own verdicts beside ours.
 *
 * mailauth is imported on first use, never at module load: it bundles undici 8 (for BIMI), which
 * throws at import on Node 20, where the CLI's commands without mail must still run (see
 * src/http/load-undici.ts); the bundle keeps it in a chunk of its own.
 */
import type { AuthenticateResult, DNSResolver } from 'mailauth';
import { headerBlock, receiverVerdicts, type ReceiverVerdicts } from './authentication-results.js';
import type { MailDnsResolver } from './mail-dns.js';

export interface DkimVerdict {
  /** The signing domain (d=). */
  domain: string;
  selector: string;
  /** `pass`, `fail`, `neutral`, `temperror`, `permerror`, `policy`, `none`. */
  result: string;
  /** Whether d= aligns with the From domain (DMARC's relaxed or strict alignment). */
  aligned: boolean;
  /** mailauth's reason, e.g. "body hash did not verify": words about the check, never message text. */
  comment?: string;
}

export interface MailVerdicts {
  /** The domain of the From address, lower case; undefined when From has none or several. */
  fromDomain?: string;
  dkim: DkimVerdict[];
  spf?: { result: string; domain: string };
  dmarc?: { result: string; policy?: string };
  receiver?: ReceiverVerdicts;
}

export async function verifyMessage(source: Buffer, resolver: MailDnsResolver): Promise<MailVerdicts> {
  const loaded = await import('mailauth');
  // CommonJS: a chunk of the esbuild bundle only has `default` (as src/http/load-undici.ts says).
  const { authenticate } = ((loaded as { default?: unknown }).default ?? loaded) as typeof import('mailauth');
  const result = await authenticate(source, {
    trustReceived: true,
    resolver: resolver as DNSResolver,
    disableArc: true,
    disableBimi: true
  });
  const receiver = receiverVerdicts(headerBlock(source));
  return { ...summarize(result), ...(receiver ? { receiver } : {}) };
}

function summarize(result: AuthenticateResult): MailVerdicts {
  const from = result.dkim.headerFrom.length === 1 ? result.dkim.headerFrom[0] : undefined;
  const fromDomain = from?.includes('@') ? from.slice(from.lastIndexOf('@') + 1).toLowerCase() : undefined;
  const dmarc = result.dmarc || undefined;
  const alignedDomain = dmarc?.alignment?.dkim?.result;
  const dkim = result.dkim.results
    .filter((entry) => entry.signingDomain)
    .map((entry): DkimVerdict => ({
      domain: entry.signingDomain!.toLowerCase(),
      selector: entry.selector ?? '',
      result: entry.status.result,
      aligned: Boolean(entry.status.aligned) || (alignedDomain !== undefined && alignedDomain === entry.signingDomain),
      ...(entry.status.comment ? { comment: entry.status.comment } : {})
    }));
  const spf = result.spf ? { result: result.spf.status.result, domain: result.spf.domain } : undefined;
  return {
    ...(fromDomain ? { fromDomain } : {}),
    dkim,
    ...(spf ? { spf } : {}),
    ...(dmarc ? { dmarc: { result: dmarc.status.result, ...(dmarc.policy ? { policy: dmarc.policy } : {}) } } : {})
  };
}
