/**
 * Offline checksums against the issuers' published vectors. The vectors are split so no complete
 * token appears in this file (push protection and our own scan would flag a checksum-valid one).
 */
import {
  base62Crc32,
  crc32,
  gitLabCrc,
  grafanaCrc,
  verifyGitHubToken,
  verifyGitLabToken,
  verifyGrafanaToken,
  verifyNpmToken
} from '../../../src/detect/rules/checksums.js';
import { createFaker } from './fake-values.js';
import { routableGitLabToken } from './samples.js';

const fake = createFaker(7);
const join = (...parts: string[]) => parts.join('');

describe('crc32', () => {
  test('is CRC-32/ISO-HDLC (check value of "123456789" is 0xCBF43926)', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });
});

describe('GitHub and npm (base62 CRC-32 of the 30 random characters)', () => {
  // Expired tokens published in therootcompany/base62-token.js issue #2, the bodies only.
  test.each([
    ['zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ', '0mLq17'],
    ['adE7dp8rHP6gUTuPwxLTZjZdtya3sV', '0UQzQM'],
    ['H3xbiBdlzffNx7Y56iNsPw3joObj7U', '2nO29h']
  ])('%s → %s', (body, checksum) => {
    expect(base62Crc32(body)).toBe(checksum);
    expect(verifyGitHubToken(join('ghp', '_', body, checksum))).toBe(true);
  });

  test.each(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'])('%s tokens verify, and a changed character fails', (prefix) => {
    const body = fake.base62(30);
    const token = join(prefix, body, base62Crc32(body));
    expect(verifyGitHubToken(token)).toBe(true);
    expect(verifyGitHubToken(token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11))).toBe(false);
  });

  test('shapes without a published checksum are not judged', () => {
    expect(verifyGitHubToken(join('github', '_pat_', fake.base62(22), '_', fake.base62(59)))).toBeUndefined();
    expect(verifyGitHubToken(join('ghr', '_', fake.base62(76)))).toBeUndefined();
    expect(verifyGitHubToken(join('ghs', '_', '123456_', fake.base64url(40), '.', fake.base64url(40), '.', fake.base64url(40)))).toBeUndefined();
  });

  test('npm uses the same scheme behind npm_', () => {
    const body = fake.base62(30);
    expect(verifyNpmToken(join('npm', '_', body, base62Crc32(body)))).toBe(true);
    expect(verifyNpmToken(join('npm', '_', body, 'AAAAAA'))).toBe(false);
    expect(verifyNpmToken(join('npm', '_', fake.base62(35)))).toBeUndefined();
  });
});

describe('GitLab routable tokens (base36 CRC-32 of everything before it)', () => {
  // The runner token of GitLab's RoutableToken decoder spec, split.
  test('matches the vector in gitlab-org/gitlab spec/lib/authn/token_field/decoders', () => {
    const head = join('glrtr-', 'W5m1cHR6skC98Bx7XkuYjmM6MQpnOjgKbzpyegp0OjIQ', '.01.18');
    expect(gitLabCrc(head)).toBe('1uebm4k');
    expect(verifyGitLabToken(`${head}1uebm4k`)).toBe(true);
    expect(verifyGitLabToken(`${head}1uebm4l`)).toBe(false);
  });

  test('generated routable tokens verify; classic tokens are not judged', () => {
    expect(verifyGitLabToken(routableGitLabToken(fake, 'glpat-'))).toBe(true);
    expect(verifyGitLabToken(join('glpat', '-', fake.base64url(20)))).toBeUndefined();
  });
});

describe('Grafana service account tokens (little-endian hex CRC-32 of glsa_<secret>)', () => {
  test('verify, and fail with another checksum', () => {
    const key = join('glsa', '_', fake.base62(32));
    const checksum = grafanaCrc(key);
    expect(checksum).toMatch(/^[0-9a-f]{8}$/);
    // Little-endian: the bytes of the CRC in reverse order.
    expect(checksum).toBe(crc32(key).toString(16).padStart(8, '0').match(/../g)?.reverse().join(''));
    expect(verifyGrafanaToken(`${key}_${checksum}`)).toBe(true);
    expect(verifyGrafanaToken(`${key}_${checksum === '00000000' ? '00000001' : '00000000'}`)).toBe(false);
    expect(verifyGrafanaToken(join('glsa', '_', fake.base62(31)))).toBeUndefined();
  });
});
