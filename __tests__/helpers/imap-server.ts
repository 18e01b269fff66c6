/**
 * A real IMAP server for the inbox tests: Debian's Dovecot 2.3 (package dovecot-imapd, installed
 * by `.ci/run` when missing), run in the foreground (`dovecot -F`) with a config written to a temp
 * dir, listening on 127.0.0.1 only, on free high ports: one for implicit TLS (IMAPS) and one for
 * STARTTLS. One user from a passwd-file, a Maildir in the temp dir; `base_dir` and `state_dir` in
 * the temp dir, so nothing touches /var/run or /var/lib.
 *
 *   const imap = await startImapServer({ tls: certs.valid, password: 'planted-password' });
 *   await imap.append(rawMessage);          // delivered as a mail server would, over IMAP APPEND
 *   await imap.stop();
 *
 * As root, Dovecot refuses to run mail processes as UID 0, so the mailbox belongs to the
 * `dovecot` user the package creates (its default internal user; `dovenull` is the login user).
 * As another user, everything runs as that user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import type { KeyPair } from './test-certs.js';

export interface ImapServer {
  host: '127.0.0.1';
  /** Implicit TLS (IMAPS). */
  tlsPort: number;
  /** Plain IMAP that offers STARTTLS (and refuses a login before it). */
  starttlsPort: number;
  user: string;
  /** Adds a message to INBOX, as delivery would. */
  append(raw: string | Buffer): Promise<void>;
  /** Stops Dovecot and deletes the temp dir. */
  stop(): Promise<void>;
}

export interface ImapServerOptions {
  /** The server certificate (from test-certs.ts): names localhost and 127.0.0.1. */
  tls: KeyPair;
  /** The CA that signed `tls`, so `append` can trust it. */
  ca: string;
  password: string;
  /** Default `tester@example.test`. */
  user?: string;
}

export async function startImapServer(options: ImapServerOptions): Promise<ImapServer> {
  const user = options.user ?? 'tester@example.test';
  const dir = await mkdtemp(join(tmpdir(), 'launch-ready-imap-'));
  const mailUser = await mailOwner();
  // Dovecot's processes (running as mailUser) must reach the Maildir under the temp dir.
  await chmod(dir, 0o755);
  await mkdir(join(dir, 'mail'));
  await chown(join(dir, 'mail'), mailUser.uid, mailUser.gid);
  await writeFile(join(dir, 'cert.pem'), options.tls.cert);
  await writeFile(join(dir, 'key.pem'), options.tls.key, { mode: 0o600 });
  await writeFile(join(dir, 'passwd'), `${user}:{PLAIN}${options.password}::::::\n`, { mode: 0o644 });
  const [tlsPort, starttlsPort] = [await freePort(), await freePort()];
  await writeFile(join(dir, 'dovecot.conf'), dovecotConfig({ dir, tlsPort, starttlsPort, mailUser }));
  const child = spawn('dovecot', ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async (): Promise<void> => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  if (!(await listening(tlsPort, child)) || !(await listening(starttlsPort, child))) {
    await stop();
    throw new Error(`dovecot did not start: ${stderr.trim()}`);
  }
  const append = async (raw: string | Buffer): Promise<void> => {
    const client = new ImapFlow({ host: '127.0.0.1', port: tlsPort, secure: true, auth: { user, pass: options.password }, tls: { ca: options.ca }, logger: false });
    await client.connect();
    try {
      await client.append('INBOX', raw);
    } finally {
      await client.logout();
    }
  };
  return { host: '127.0.0.1', tlsPort, starttlsPort, user, append, stop };
}

interface MailOwner {
  name: string;
  uid: number;
  gid: number;
}

/** `dovecot` (the package's internal user) when running as root, else the current user. */
async function mailOwner(): Promise<MailOwner> {
  const me = userInfo();
  if (me.uid !== 0) return { name: me.username, uid: me.uid, gid: me.gid };
  const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((entry) => entry.startsWith('dovecot:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('no dovecot user in /etc/passwd: install dovecot-imapd');
  return { name: 'dovecot', uid: Number(uid), gid: Number(gid) };
}

function dovecotConfig(input: { dir: string; tlsPort: number; starttlsPort: number; mailUser: MailOwner }): string {
  const { dir, tlsPort, starttlsPort, mailUser } = input;
  const asRoot = userInfo().uid === 0;
  return `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = launch-ready-test-${tlsPort}
log_path = ${dir}/dovecot.log
${asRoot ? '' : `default_internal_user = ${mailUser.name}\ndefault_login_user = ${mailUser.name}\n`}
ssl = required
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%n
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${mailUser.uid} gid=${mailUser.gid} home=${dir}/mail/%n
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${starttlsPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something accepts connections on `port` within ~30 s (a busy CI machine starts it slowly); false once Dovecot has exited. */
async function listening(port: number, child: ChildProcess): Promise<boolean> {
  for (let tries = 0; tries < 300; tries += 1) {
    if (child.exitCode !== null) return false;
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
