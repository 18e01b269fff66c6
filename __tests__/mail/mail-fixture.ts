/**
 * The inbox tests' world: a DNS zone (dnsmasq) publishing two DKIM keys, SPF and DMARC for
 * `shop.test` (the app's domain) and `mailer.test` (a mail provider's own domain), a Dovecot
 * mailbox behind TLS from a test CA, and messages the test signs itself, as the app's provider
 * would, then stamps with the receiving server's trace headers (Received, Return-Path, and
 * optionally Authentication-Results), as delivery would.
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import type { InboxConfig } from '../../src/config/config-types.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';
import { startImapServer, type ImapServer } from '../helpers/imap-server.js';
import { createTestCertificates } from '../helpers/test-certs.js';

/** Planted: must never appear in a finding, error or log line. */
export const PASSWORD = 'imap-PLANTED-password-5b1c7e9d';
export const SECRET_BODY = 'body-PLANTED-reset-token-0a9b8c7d6e5f';
export const RECIPIENT = 'tester@example.test';

/** The sending IPs SPF allows: the app's provider for shop.test, the provider's own for mailer.test. */
const SHOP_IP = '192.0.2.10';
const MAILER_IP = '192.0.2.20';

export interface SigningDomain {
  domain: string;
  selector: string;
  privateKey: string;
}

export interface MailWorld {
  dns: DnsServer;
  imap: ImapServer;
  ca: string;
  shop: SigningDomain;
  mailer: SigningDomain;
  inbox(overrides?: Partial<InboxConfig>): InboxConfig;
  stop(): Promise<void>;
}

export async function startMailWorld(): Promise<MailWorld> {
  const shop = signingDomain('shop.test', 's1');
  const mailer = signingDomain('mailer.test', 'esp');
  const dns = await startDnsServer({
    records: [
      { name: `${shop.selector}._domainkey.${shop.domain}`, type: 'TXT', value: shop.record },
      { name: `${mailer.selector}._domainkey.${mailer.domain}`, type: 'TXT', value: mailer.record },
      { name: shop.domain, type: 'TXT', value: `v=spf1 ip4:${SHOP_IP} -all` },
      { name: mailer.domain, type: 'TXT', value: `v=spf1 ip4:${MAILER_IP} -all` },
      { name: `_dmarc.${shop.domain}`, type: 'TXT', value: 'v=DMARC1; p=reject' },
      { name: `_dmarc.${mailer.domain}`, type: 'TXT', value: 'v=DMARC1; p=none' }
    ]
  });
  const certs = await createTestCertificates();
  const imap = await startImapServer({ tls: certs.valid, ca: certs.ca, password: PASSWORD, user: RECIPIENT });
  return {
    dns,
    imap,
    ca: certs.ca,
    shop,
    mailer,
    inbox: (overrides = {}) => ({
      host: imap.host,
      port: imap.tlsPort,
      tls: 'tls',
      user: imap.user,
      password: '${env.INBOX_PASSWORD}',
      mailbox: 'INBOX',
      withinMs: 20_000,
      ...overrides
    }),
    stop: async () => {
      await imap.stop();
      await dns.stop();
    }
  };
}

function signingDomain(domain: string, selector: string): SigningDomain & { record: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return { domain, selector, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), record: `v=DKIM1; k=rsa; p=${spki}` };
}

export interface MessageSpec {
  subject: string;
  /** Default `no-reply@shop.test`. */
  from?: string;
  /** Who signs it. */
  signer: SigningDomain;
  /** The envelope sender's domain, which SPF checks. Default: the signer's. */
  bounceDomain?: string;
  /** Changes the body after signing: the signature no longer verifies. */
  tamper?: boolean;
  /** The receiving server's Authentication-Results value, e.g. `mx.inbox.test; spf=fail`. */
  authenticationResults?: string;
}

/** A message as it lies in the mailbox after delivery: signed by `signer`, then stamped by the receiver. */
export async function deliveredMessage(spec: MessageSpec): Promise<string> {
  const body = `Hello,\r\n\r\nconfirm your address with ${SECRET_BODY}\r\n`;
  const headers = [
    `From: Shop <${spec.from ?? 'no-reply@shop.test'}>`,
    `To: ${RECIPIENT}`,
    `Subject: ${spec.subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${Math.random().toString(36).slice(2)}@${spec.signer.domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8'
  ].join('\r\n');
  const signed = `${headers}\r\n\r\n${body}`;
  // mailauth 7 signs only what `signatureData` lists: the top-level fields its types ask for alone sign nothing.
  const signature = { signingDomain: spec.signer.domain, selector: spec.signer.selector, privateKey: spec.signer.privateKey };
  const { signatures } = await dkimSign(signed, { ...signature, signatureData: [signature] });
  const bounceDomain = spec.bounceDomain ?? spec.signer.domain;
  const ip = bounceDomain === 'mailer.test' ? MAILER_IP : SHOP_IP;
  const trace = [
    ...(spec.authenticationResults ? [`Authentication-Results: ${spec.authenticationResults}`] : []),
    `Return-Path: <bounce@${bounceDomain}>`,
    `Received: from out.${bounceDomain} (out.${bounceDomain} [${ip}]) by mx.inbox.test with ESMTPS id 4Xq; ${new Date().toUTCString()}`
  ].join('\r\n');
  const delivered = `${trace}\r\n${signatures}${signed}`;
  return spec.tamper ? delivered.replace('confirm your address', 'confirm your ADDRESS now') : delivered;
}
