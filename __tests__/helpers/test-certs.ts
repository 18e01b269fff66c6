/**
 * Test certificates made with the `openssl` CLI (OpenSSL 3.0 or newer; Debian CI runners and the
 * dev machines have /usr/bin/openssl): a test CA and leaves it signs, with any names and any
 * validity window, including one that ended in the past, which `openssl x509 -req` cannot do
 * before 3.4 (hence `openssl ca`, whose `-startdate`/`-enddate` take any date).
 *
 * Everything is returned as PEM text; temp files live only while one certificate is made. Make
 * them once per test file (in `beforeAll`): a set costs ~10 openssl runs, well under a second.
 *
 *   const certs = await createTestCertificates();
 *   const server = await startHttpsServer(certs.valid, handler);
 *   const client = createHttpClient({ ca: certs.ca });     // trust the test CA, nothing global
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DAY_MS = 24 * 60 * 60 * 1000;

/** A certificate and its private key, both PEM: what node:https's `createServer` takes. */
export interface KeyPair {
  cert: string;
  key: string;
}

export interface CertificateRequest {
  /** Subject alternative names: host names, and IP addresses (`127.0.0.1`, `::1`). */
  names: string[];
  /** Default: a day ago. */
  notBefore?: Date;
  /** Default: 30 days from now. */
  notAfter?: Date;
}

export interface TestCa {
  /** The CA certificate, PEM: pass it as the HTTP client's `ca` to trust what it signs. */
  cert: string;
  key: string;
  /** A leaf for `names`, signed by this CA. */
  issue(request: CertificateRequest): Promise<KeyPair>;
}

export interface TestCertificates {
  /** The CA that signed every leaf below except `selfSigned`. */
  ca: string;
  /** For `localhost` and 127.0.0.1, valid from a day ago for 30 days. */
  valid: KeyPair;
  /** For `localhost` and 127.0.0.1, ended 10 days ago: CERT_HAS_EXPIRED. */
  expired: KeyPair;
  /** For `localhost` and 127.0.0.1, ends 2 days from now: trusted, and close to expiry. */
  expiringSoon: KeyPair;
  /** For `other.example` only: ERR_TLS_CERT_ALTNAME_INVALID on localhost. */
  wrongHost: KeyPair;
  /** For `localhost` and 127.0.0.1, signed by itself: DEPTH_ZERO_SELF_SIGNED_CERT. */
  selfSigned: KeyPair;
  /** The CA behind them, to issue more. */
  authority: TestCa;
}

/** The hosts a local test server answers on. */
export const LOCAL_NAMES = ['localhost', '127.0.0.1'];

const KEY_ARGS = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function subjectAltName(names: string[]): string {
  return names.map((name) => (/^[\d.]+$|:/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
}

/** `openssl ca` dates: YYYYMMDDHHMMSSZ (GeneralizedTime). */
function opensslDate(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'launch-ready-certs-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function issueLeaf(ca: KeyPair, request: CertificateRequest): Promise<KeyPair> {
  const notBefore = request.notBefore ?? new Date(Date.now() - DAY_MS);
  const notAfter = request.notAfter ?? new Date(Date.now() + 30 * DAY_MS);
  return inTempDir(async (dir) => {
    const file = (name: string) => join(dir, name);
    await writeFile(file('ca.pem'), ca.cert);
    await writeFile(file('ca.key'), ca.key);
    await writeFile(file('index.txt'), '');
    await writeFile(
      file('ca.cnf'),
      [
        '[ca]\ndefault_ca = test_ca\n[test_ca]',
        `database = ${file('index.txt')}\nnew_certs_dir = ${dir}\nrand_serial = yes`,
        'default_md = sha256\npolicy = any_name\nunique_subject = no\ncopy_extensions = none',
        '[any_name]\ncommonName = supplied',
        `[leaf]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical,digitalSignature\nextendedKeyUsage = serverAuth\nsubjectAltName = ${subjectAltName(request.names)}`
      ].join('\n')
    );
    await run('openssl', ['req', ...KEY_ARGS, '-keyout', file('leaf.key'), '-out', file('leaf.csr'), '-subj', `/CN=${request.names[0] ?? 'leaf'}`]);
    await run('openssl', [
      'ca', '-batch', '-notext', '-config', file('ca.cnf'), '-extensions', 'leaf',
      '-cert', file('ca.pem'), '-keyfile', file('ca.key'), '-in', file('leaf.csr'), '-out', file('leaf.pem'),
      '-startdate', opensslDate(notBefore), '-enddate', opensslDate(notAfter)
    ]);
    return { cert: await readFile(file('leaf.pem'), 'utf8'), key: await readFile(file('leaf.key'), 'utf8') };
  });
}

/** A self-signed certificate: a CA (`ca: true`) or a leaf no one vouches for. */
async function selfSign(subject: string, extensions: string[]): Promise<KeyPair> {
  return inTempDir(async (dir) => {
    const extensionArgs = extensions.flatMap((extension) => ['-addext', extension]);
    await run('openssl', ['req', '-x509', ...KEY_ARGS, '-days', '3650', '-subj', subject, ...extensionArgs, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]);
    return { cert: await readFile(join(dir, 'cert.pem'), 'utf8'), key: await readFile(join(dir, 'key.pem'), 'utf8') };
  });
}

/** A new certificate authority for tests. */
export async function createTestCa(): Promise<TestCa> {
  const ca = await selfSign('/CN=launch-ready test CA', ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign']);
  return { ...ca, issue: (request) => issueLeaf(ca, request) };
}

/** The usual set: one CA and a leaf for each case a TLS check meets. */
export async function createTestCertificates(): Promise<TestCertificates> {
  const authority = await createTestCa();
  const now = Date.now();
  const [valid, expired, expiringSoon, wrongHost, selfSigned] = await Promise.all([
    authority.issue({ names: LOCAL_NAMES }),
    authority.issue({ names: LOCAL_NAMES, notBefore: new Date(now - 40 * DAY_MS), notAfter: new Date(now - 10 * DAY_MS) }),
    authority.issue({ names: LOCAL_NAMES, notAfter: new Date(now + 2 * DAY_MS) }),
    authority.issue({ names: ['other.example'] }),
    selfSign('/CN=localhost', [`subjectAltName=${subjectAltName(LOCAL_NAMES)}`, 'basicConstraints=critical,CA:FALSE'])
  ]);
  return { ca: authority.cert, valid, expired, expiringSoon, wrongHost, selfSigned, authority };
}
