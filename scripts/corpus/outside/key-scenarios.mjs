// Private keys in every wrapping a repository holds them: PEM files, YAML block scalars, one line
// with `\n` escapes in .env and JSON, base64 of the PEM, PGP armor, Google service-account key
// files; and the public halves (public keys, authorized_keys, certificates) as hard negatives.
import { CorpusFile } from './corpus-file.mjs';
import { KEY_KINDS, pgpPrivateKeyLines, privateKeyLines } from './key-blocks.mjs';
import { b64 } from './scenarios.mjs';

const KEY = (kind) => ({ provider: `private-key-${kind}`, category: 'private-key', doc: 'RFC 7468 PEM / OpenSSH PROTOCOL.key armor' });

/** Private keys: PEM files, YAML block scalars, one-line `\n` escapes in .env and JSON, base64. */
export function privateKeyFiles(rng) {
  const files = [];
  const paths = ['deploy/id_rsa', 'certs/server.key', '.ssh/id_ed25519', 'config/jwt/private.pem', 'infra/keys/github-app.private-key.pem', 'secrets/signing.key', 'ops/bastion_key', 'certs/ec-p256.key', 'keys/legacy_dsa.key', 'docker/ssl/nginx.key'];
  for (const [i, path] of paths.entries()) {
    const kind = ['rsa', 'pkcs8', 'openssh', 'pkcs8', 'rsa', 'ec', 'openssh', 'ec', 'dsa', 'pkcs8'][i];
    const lines = privateKeyLines(rng, kind);
    const file = new CorpusFile(path);
    file.secret(lines[0], { ...KEY(kind), value: lines.join('\n'), shape: 'pem file', alsoLines: lines.slice(1).map((_, j) => j + 1) });
    file.add(...lines.slice(1));
    files.push(file);
  }
  const pgp = pgpPrivateKeyLines(rng);
  files.push(new CorpusFile('ops/release-signing.asc').secret(pgp[0], { provider: 'pgp-private-key', category: 'private-key', doc: 'RFC 4880 §6.2 ASCII armor', value: pgp.join('\n'), shape: 'pem file', alsoLines: pgp.slice(1).map((_, j) => j + 1) }).add(...pgp.slice(1)));

  const helm = new CorpusFile('deploy/helm/ingress/values-prod.yaml').add('tls:', '  enabled: true');
  const block = privateKeyLines(rng, 'rsa');
  helm.add('  crt: |', '    -----BEGIN CERTIFICATE-----', `    MIIDazCCAlOgAwIBAgIU${rng.base64(44)}`, '    -----END CERTIFICATE-----', '  key: |');
  helm.secret(`    ${block[0]}`, { ...KEY('rsa'), value: block.join('\n'), shape: 'yaml block scalar', alsoLines: block.slice(1).map((_, j) => j + 1) });
  helm.add(...block.slice(1).map((line) => `    ${line}`));
  files.push(helm);

  // One line with `\n` escapes: how a key is pasted into .env files and JSON.
  const env = new CorpusFile('.env.ci').add('CI=true');
  const json = new CorpusFile('config/github-app.json').add('{', '  "appId": 123456,');
  for (let i = 0; i < 12; i += 1) {
    const kind = KEY_KINDS[i % KEY_KINDS.length];
    const lines = privateKeyLines(rng, kind);
    const escaped = `${lines.join('\\n')}\\n`;
    if (i < 8) env.secret(`${['SSH_PRIVATE_KEY', 'DEPLOY_KEY', 'GITHUB_APP_PRIVATE_KEY', 'JWT_PRIVATE_KEY', 'SFTP_KEY', 'APNS_KEY', 'SIGNING_KEY', 'GIT_SSH_KEY'][i]}="${escaped}"`, { ...KEY(kind), value: lines.join('\n'), shape: 'one-line \\n in .env' });
    else json.secret(`  ${JSON.stringify(['privateKey', 'signingKey', 'sshKey', 'tlsKey'][i - 8])}: ${JSON.stringify(`${lines.join('\n')}\n`)},`, { ...KEY(kind), value: lines.join('\n'), shape: 'one-line \\n in JSON' });
  }
  for (let i = 0; i < 3; i += 1) {
    const lines = privateKeyLines(rng, KEY_KINDS[i]);
    env.secret(`${['GITHUB_APP_KEY_BASE64', 'SSH_KEY_B64', 'TLS_KEY_BASE64'][i]}=${b64(`${lines.join('\n')}\n`)}`, { ...KEY(KEY_KINDS[i]), value: lines.join('\n'), shape: 'base64 of a PEM', encoding: 'base64' });
  }
  json.add('  "webhookPath": "/api/github"', '}');
  env.negative('SSH_PUBLIC_KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rng.base64(43) + ' deploy@ci"', { kind: 'public key', shape: 'env' });
  files.push(env, json);

  // The public halves: no secret.
  const pub = new CorpusFile('certs/server.pub.pem').add('-----BEGIN PUBLIC KEY-----');
  const body = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rng.base64(348);
  for (let i = 0; i < body.length; i += 64) pub.negative(body.slice(i, i + 64), { kind: 'public key', shape: 'pem file' });
  pub.add('-----END PUBLIC KEY-----');
  const auth = new CorpusFile('deploy/authorized_keys');
  for (let i = 0; i < 4; i += 1) auth.negative(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${rng.base64(340)} ops${i}@acme-corp.io`, { kind: 'public key', shape: 'authorized_keys' });
  const cert = new CorpusFile('certs/ca-bundle.crt').add('-----BEGIN CERTIFICATE-----');
  const certBody = 'MIIFazCCA1OgAwIBAgIRAIIQz7DSQONZRGPgu2OCiwAwDQYJKoZIhvcNAQELBQAw' + rng.base64(1400);
  for (let i = 0; i < certBody.length; i += 64) cert.negative(certBody.slice(i, i + 64), { kind: 'certificate', shape: 'pem file' });
  cert.add('-----END CERTIFICATE-----');
  files.push(pub, auth, cert);
  return files;
}

/** Google Cloud service-account key files ("Create and delete service account keys"). */
export function serviceAccountFiles(rng) {
  const files = [];
  for (const [i, name] of ['deploy-sa', 'bigquery-reader', 'firebase-adminsdk', 'gcs-uploader'].entries()) {
    const lines = privateKeyLines(rng, 'pkcs8');
    const project = `acme-${['prod', 'data', 'app', 'media'][i]}-${rng.range(100000, 999999)}`;
    const file = new CorpusFile(`${['credentials', 'infra/gcp', 'functions', 'config'][i]}/${name}.json`);
    file.add('{', '  "type": "service_account",', `  "project_id": "${project}",`, `  "private_key_id": "${rng.hex(40)}",`);
    file.secret(`  "private_key": ${JSON.stringify(`${lines.join('\n')}\n`)},`, { provider: 'gcp-service-account', category: 'cloud', doc: 'Google Cloud IAM service-account key JSON: type service_account, private_key PKCS#8 PEM with \\n escapes', value: lines.join('\n'), shape: 'service-account JSON', alsoLines: [-4, -3, -1, 1] });
    file.add(`  "client_email": "${name}@${project}.iam.gserviceaccount.com",`, `  "client_id": "${rng.chars('0123456789', 21)}",`, '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token"', '}');
    files.push(file);
  }
  return files;
}
