/**
 * Offline checksums of token formats whose issuers publish how the checksum is made. A valid
 * checksum makes a match near-certain (random text passes one in 2^32); a failed one marks a
 * made-up or mistyped value. No format here is verified over the network.
 *
 * Formats without a public checksum, checked by shape only: GitHub fine-grained `github_pat_`,
 * the JWT form of `ghs_` and the long `ghr_`, classic (non-routable) GitLab tokens, and the
 * trailing 8 hex characters of Atlassian `ATATT3…` tokens (undocumented).
 */
import * as zlib from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CRC-32 (ISO-HDLC, the zlib/PNG one) of ASCII text. */
export function crc32(text: string): number {
  // `zlib.crc32` exists from Node 20.15 / 22.2; the CLI supports any Node 20.
  if (typeof zlib.crc32 === 'function') return zlib.crc32(text) >>> 0;
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index += 1) {
    crc ^= text.charCodeAt(index) & 0xff;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * GitHub's checksum: CRC-32 of the 30 random characters, base62 (`0-9A-Za-z`), left-padded with
 * `0` to 6 characters.
 * https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 */
export function base62Crc32(body: string): string {
  let value = crc32(body);
  let encoded = '';
  do {
    encoded = BASE62.charAt(value % 62) + encoded;
    value = Math.floor(value / 62);
  } while (value > 0);
  return encoded.padStart(6, '0');
}

const GITHUB_CLASSIC = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/;

/**
 * `ghp_`, `gho_`, `ghu_`, `ghs_` and `ghr_` tokens of 40 characters; `undefined` for the other
 * shapes (the JWT form of `ghs_`, the 76-character `ghr_`), whose checksum is not published.
 */
export function verifyGitHubToken(token: string): boolean | undefined {
  const match = GITHUB_CLASSIC.exec(token);
  if (!match) return undefined;
  return base62Crc32(match[1] as string) === match[2];
}

const NPM = /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/;

/**
 * npm access tokens use GitHub's scheme: `npm_`, 30 random characters and their base62 CRC-32.
 * https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/
 */
export function verifyNpmToken(token: string): boolean | undefined {
  const match = NPM.exec(token);
  if (!match) return undefined;
  return base62Crc32(match[1] as string) === match[2];
}

/** A routable token ends `.` + 2 base36 length characters + 7 base36 CRC characters. */
const ROUTABLE_TAIL = /\.[0-9a-z]{9}$/;

/**
 * GitLab routable tokens (`glpat-…`, `glrt-…`, `gldt-…` since 17.x): the CRC-32 of everything
 * before the last 7 characters (prefix, base64url payload, `.version.`, length), base36, padded
 * with `0` to 7. Classic 20-character tokens have no checksum: `undefined`.
 * https://handbook.gitlab.com/handbook/engineering/architecture/design-documents/cells/routable_tokens/
 * and `Authn::TokenField::Generator::RoutableToken#append_crc` in gitlab-org/gitlab.
 */
export function verifyGitLabToken(token: string): boolean | undefined {
  if (!ROUTABLE_TAIL.test(token)) return undefined;
  return gitLabCrc(token.slice(0, -7)) === token.slice(-7);
}

/** The 7-character base36 CRC GitLab appends to a routable token. */
export function gitLabCrc(text: string): string {
  return crc32(text).toString(36).padStart(7, '0');
}

const GRAFANA_SERVICE_ACCOUNT = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/;

/**
 * Grafana service account tokens: `glsa_<32 random>_<crc>`, the CRC-32 of `glsa_<32 random>` as 4
 * little-endian bytes in hex (`PrefixedKey.CalculateChecksum` in grafana/grafana
 * pkg/components/satokengen).
 */
export function verifyGrafanaToken(token: string): boolean | undefined {
  const match = GRAFANA_SERVICE_ACCOUNT.exec(token);
  if (!match) return undefined;
  return grafanaCrc(match[1] as string) === match[2];
}

/** Grafana's checksum of a `glsa_…` key: little-endian CRC-32 in hex. */
export function grafanaCrc(key: string): string {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(crc32(key));
  return bytes.toString('hex');
}
