/**
 * The demo app's HTTPS certificate, made in-process with node:crypto: a P-256 key and a
 * self-signed X.509 v3 certificate for `localhost` and 127.0.0.1, DER-encoded by hand (RFC 5280
 * §4.1). No dependency and no `openssl` binary: the libraries that do this (`selfsigned` 5 is
 * @peculiar/x509 plus pkijs, which bring tsyringe and a dozen ASN.1 packages) are far more than these
 * ~80 lines, and `openssl` is missing on some machines (Windows) that must run `npm run demo`.
 * Signing is node:crypto's; only the encoding is here. The demo's HTTP client trusts exactly this
 * certificate (its `ca`); tests parse it back with X509Certificate and complete a TLS handshake.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface DemoCertificate {
  /** PEM: the server's certificate, and the one CA certificate the demo's client trusts. */
  cert: string;
  /** PEM (PKCS #8). */
  key: string;
}

const HOUR_MS = 3_600_000;
/** Well past the smoke check's expiry warning (14 days), so the certificate itself raises nothing. */
const VALID_DAYS = 90;

const OID = {
  commonName: '2.5.4.3',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  extendedKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1'
} as const;

/** A certificate for `localhost` and 127.0.0.1, valid from an hour ago for 90 days. */
export function createDemoCertificate(now: Date = new Date()): DemoCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = sequence(set(sequence(oid(OID.commonName), tlv(0x0c, Buffer.from('launch-ready demo')))));
  const signatureAlgorithm = sequence(oid(OID.ecdsaWithSha256));
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))), // [0] version: v3
    integer(randomBytes(16)), // serial: 128 random bits (CA/Browser Forum asks for 64 or more)
    signatureAlgorithm,
    name, // issuer = subject: self-signed
    sequence(utcTime(new Date(now.getTime() - HOUR_MS)), utcTime(new Date(now.getTime() + VALID_DAYS * 24 * HOUR_MS))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, sequence(...extensions()))
  );
  // node:crypto signs EC keys with a DER-encoded ECDSA-Sig-Value, which is what X.509 carries.
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, signatureAlgorithm, tlv(0x03, Buffer.from([0]), signature));
  return { cert: pem('CERTIFICATE', der), key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

function extensions(): Buffer[] {
  const altNames = sequence(tlv(0x82, Buffer.from('localhost')), tlv(0x87, Buffer.from([127, 0, 0, 1])));
  return [
    extension(OID.basicConstraints, true, sequence()), // CA:FALSE
    extension(OID.extendedKeyUsage, false, sequence(oid(OID.serverAuth))),
    extension(OID.subjectAltName, false, altNames)
  ];
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
}

/** One DER element: tag, definite length (short or long form), content. */
function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const length = body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

const sequence = (...content: Buffer[]): Buffer => tlv(0x30, ...content);
const set = (...content: Buffer[]): Buffer => tlv(0x31, ...content);

/** A non-negative INTEGER: a leading zero byte when the high bit is set. */
function integer(bytes: Buffer): Buffer {
  return tlv(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >>> 7; value > 0; value >>>= 7) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** UTCTime, YYMMDDHHMMSSZ: RFC 5280 §4.1.2.5 wants it for dates before 2050 (GeneralizedTime after). */
function utcTime(date: Date): Buffer {
  return tlv(0x17, Buffer.from(date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
}

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
