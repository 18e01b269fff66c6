/**
 * Credentials in package clients' config files, where the value has no prefix of its own but the
 * file's syntax says what it is: `.npmrc` (`_authToken`, `_auth`), `.pypirc`, Docker's
 * `config.json` (`auths`), Maven's `settings.xml`, `.netrc` (CocoaPods trunk, Heroku, private
 * registries), and Sonatype / Maven Central publishing passwords.
 *
 * Values with a provider prefix (`npm_…`, `ghp_…`, `pypi-…`) are left to the provider's rule, so a
 * token is reported once.
 */
import type { SecretRule } from '../contracts.js';
import { END_BASE64, END_PASSWORD, PASSWORD_VALUE, assignedTo } from './assigned.js';
import { rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const config = (rule: Omit<SecretRule, 'category' | 'secretGroup'>): SecretRule => ({ ...rule, secretGroup: 1, category: 'registry' });

/** Not a reference (`${NPM_TOKEN}`, `$TOKEN`, `%s`, `{{ t }}`, `<token>`) and not a value a provider rule reports. */
const NOT_REFERENCE_OR_PREFIXED = String.raw`(?![$%{<]|npm_|gh[pousr]_|github_pat_|gl[a-z]{1,6}-|pypi-|cmVmdGtu|AKCp)`;

/** Whether a base64 `user:password` pair decodes to one: a user, a colon, a password of 3 or more characters. */
export function isBasicAuthPair(encoded: string): boolean {
  const decoded = Buffer.from(encoded, 'base64').toString('latin1');
  return /^[\x21-\x7e]{1,128}:[\x20-\x7e]{3,256}$/.test(decoded) && !/^[^:]*:(?:password|pass|secret|changeme|x{3,})$/i.test(decoded);
}

/** Not a word people write in docs instead of a password (`password secret`). */
const NOT_A_WORD = String.raw`(?!(?:password|passwd|pass|pwd|secret|token|changeme)(?![^\s]))`;

const notBasicAuthPair = (encoded: string): boolean => !isBasicAuthPair(encoded);

export const REGISTRY_CONFIG_RULES: readonly SecretRule[] = [
  // `//registry/:_authToken=…`: https://docs.npmjs.com/cli/v11/configuring-npm/npmrc#auth-related-configuration
  // Legacy npm tokens (UUIDs), GitHub Packages' older 40-hex tokens, Artifactory and Nexus tokens.
  config({
    id: 'npmrc-auth-token',
    title: 'npm registry token in .npmrc',
    description: 'A registry token in an `.npmrc` `_authToken` setting (legacy npm tokens, GitHub Packages, Artifactory, Nexus), not a reference.',
    severity: 'high',
    keywords: ['_authtoken'],
    pattern: rx`(?<![A-Za-z0-9_])_authToken[ \t]{0,4}=[ \t]{0,4}["']?${NOT_REFERENCE_OR_PREFIXED}([^\s"'#;]{20,512})(?![^\s"'#;])`,
    minEntropy: 3,
    confidence: 'medium',
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('revoke the token at the registry that issued it (npmjs.com → Access Tokens, GitHub → Developer settings, or the private registry), and read it from `${NPM_TOKEN}` instead')
  }),
  // `_auth` is base64 of `user:password`: https://docs.npmjs.com/cli/v11/configuring-npm/npmrc#auth-related-configuration
  config({
    id: 'npmrc-basic-auth',
    title: 'Basic auth credentials in .npmrc',
    description: 'An `.npmrc` `_auth` setting: base64 of a registry user and password.',
    severity: 'high',
    keywords: ['_auth'],
    pattern: rx`(?<![A-Za-z0-9_])_auth[ \t]{0,4}=[ \t]{0,4}["']?([A-Za-z0-9+/]{8,600}={0,2})${END_BASE64}`,
    isFalsePositive: notBasicAuthPair,
    remediation: rotateThenRemove('change the registry password (or revoke the token used as one) and move to a scoped `_authToken` read from the environment')
  }),
  // `"auths": {"host": {"auth": "base64(user:password)"}}`: https://docs.docker.com/reference/cli/docker/login/#credential-stores
  config({
    id: 'docker-config-auth',
    title: 'Registry credentials in Docker config.json',
    description: 'An `"auth"` entry of a Docker `config.json`: base64 of a registry user and password.',
    severity: 'high',
    keywords: ['"auth"'],
    pattern: rx`"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{8,1000}={0,2})"`,
    isFalsePositive: notBasicAuthPair,
    remediation: rotateThenRemove('change the registry password or revoke the access token used as one, and use a credential helper (`credsStore`) instead of `auths`')
  }),
  // `[pypi]` / `[testpypi]` sections: https://packaging.python.org/en/latest/specifications/pypirc/
  config({
    id: 'pypirc-password',
    title: 'Password in .pypirc',
    description: 'A `password` in the `[pypi]` or `[testpypi]` section of a `.pypirc` (API tokens are reported by `pypi-token`).',
    severity: 'high',
    keywords: ['[pypi]', '[testpypi]'],
    scope: 'file',
    pattern: rx`\[(?:test)?pypi\][^\[]{0,600}?\npassword[ \t]{0,4}[=:][ \t]{0,4}${NOT_REFERENCE_OR_PREFIXED}([^\s]{6,256})`,
    confidence: 'medium',
    remediation: rotateThenRemove('change the PyPI account password, enable 2FA, and publish with a project-scoped API token or trusted publishing')
  }),
  // `<server><password>…</password></server>`: https://maven.apache.org/settings.html#servers
  // (`{…}` values are encrypted with the master password: https://maven.apache.org/guides/mini/guide-encryption.html)
  config({
    id: 'maven-settings-password',
    title: 'Password in Maven settings.xml',
    description: 'A plain-text `<password>` of a Maven `settings.xml` server (Sonatype/OSSRH, Artifactory, Nexus); encrypted `{…}` values are skipped.',
    severity: 'high',
    keywords: ['<password>'],
    pattern: rx`<password>[ \t]{0,4}${NOT_REFERENCE_OR_PREFIXED}([^<\s]{4,256})[ \t]{0,4}</password>`,
    confidence: 'medium',
    remediation: rotateThenRemove('change the repository password (or revoke the user token used as one), and encrypt it with `mvn --encrypt-password` or read it from `${env.…}`')
  }),
  // `machine host login user password secret`: https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
  // CocoaPods trunk keeps its session token here: https://guides.cocoapods.org/making/getting-setup-with-trunk.html
  config({
    id: 'netrc-password',
    title: 'Password in .netrc',
    description: 'A `.netrc` entry (`machine … login … password …`): a password or token for that host (CocoaPods trunk, Heroku, private registries).',
    severity: 'high',
    keywords: ['machine'],
    scope: 'file',
    pattern: rx`(?<![A-Za-z0-9_])machine[ \t]{1,8}[^\s]{1,253}\s{1,40}login[ \t]{1,8}[^\s]{1,128}\s{1,40}password[ \t]{1,8}${NOT_REFERENCE_OR_PREFIXED}${NOT_A_WORD}([^\s"'\x60]{4,256})(?![^\s])`,
    confidence: 'medium',
    remediation: rotateThenRemove('change the password or revoke the token at that host (CocoaPods: `pod trunk register` again and delete old sessions), and keep `.netrc` out of the repository')
  }),
  // `ossrhPassword`, `SONATYPE_PASSWORD`, `mavenCentralPassword`: https://central.sonatype.org/publish/generate-portal-token/
  config({
    id: 'sonatype-password',
    title: 'Sonatype / Maven Central publishing password',
    description: 'A password or token assigned to an OSSRH, Sonatype or Maven Central name (`ossrhPassword=…`, `SONATYPE_PASSWORD=…`).',
    severity: 'critical',
    keywords: ['ossrh', 'sonatype', 'mavencentral', 'maven_central'],
    pattern: assignedTo(String.raw`(?:ossrh|sonatype|maven_?central)[a-z0-9_.-]{0,20}(?:password|token)`, PASSWORD_VALUE, END_PASSWORD),
    minEntropy: 3,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke the user token at central.sonatype.com → View Account → Generate User Token (or change the OSSRH password), and check recent releases')
  }),
  // `<packageSourceCredentials>…<add key="ClearTextPassword" value="…"/>`: https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
  config({
    id: 'nuget-config-password',
    title: 'Password in NuGet.config',
    description: 'A `ClearTextPassword` (or `Password`) of a NuGet.config package source.',
    severity: 'high',
    keywords: ['<add key='],
    pattern: rx`<add key="(?:ClearText)?Password"[ \t]{1,8}value="${NOT_REFERENCE_OR_PREFIXED}([^"\s]{8,512})"`,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke the feed token or change the password at the package source, and pass it with `dotnet nuget update source --password` from a secret')
  })
];
