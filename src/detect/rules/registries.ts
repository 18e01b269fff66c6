/**
 * Package and image registries: npm, PyPI, Docker Hub, RubyGems, NuGet, JFrog Artifactory,
 * crates.io, Private Packagist, Hex, Clojars. A publish token is a supply-chain attack on everyone
 * who installs the package. Credentials in the clients' config files (.npmrc, .pypirc, Docker's
 * config.json, Maven's settings.xml, .netrc) are in `registry-configs.ts`.
 */
import type { SecretRule } from '../contracts.js';
import { verifyNpmToken } from './checksums.js';
import { assignedTo, END_VALUE } from './assigned.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

export const REGISTRY_RULES: readonly SecretRule[] = [
  // Format: https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/
  {
    id: 'npm-token',
    title: 'npm access token',
    description: 'npm access tokens (`npm_` + 36 characters, the last 6 a CRC-32 checksum).',
    severity: 'high',
    keywords: ['npm_'],
    pattern: rx`${START}npm_[A-Za-z0-9]{36}${END}`,
    verify: verifyNpmToken,
    remediation: rotateThenRemove(
      'delete the token on npmjs.com → Access Tokens (or `npm token revoke`), check the packages it could publish for unexpected versions, and prefer trusted publishing'
    ),
    category: 'registry'
  },
  // API tokens are macaroons whose base64 starts with the location "pypi.org":
  // https://pypi.org/help/#apitoken
  {
    id: 'pypi-token',
    title: 'PyPI API token',
    description: 'PyPI upload tokens (`pypi-AgEIcHlwaS5vcmc…`).',
    severity: 'critical',
    keywords: ['pypi-ageichlwas5vcmc'],
    pattern: rx`${START}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}${END_URL}`,
    remediation: rotateThenRemove(
      'remove the token in PyPI → Account settings → API tokens (PyPI also revokes tokens GitHub reports), check recent releases, and prefer trusted publishing'
    ),
    category: 'registry'
  },
  // Personal and organization access tokens: https://docs.docker.com/security/for-developers/access-tokens/
  {
    id: 'docker-hub-token',
    title: 'Docker Hub access token',
    description: 'Docker Hub personal and organization access tokens (`dckr_pat_`, `dckr_oat_`).',
    severity: 'high',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: rx`${START}dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}${END_URL}`,
    remediation: rotateThenRemove(
      'delete the token in Docker Hub → Account settings → Personal access tokens (or the organization\'s Access tokens) and check pushed image tags'
    ),
    category: 'registry'
  },
  // API keys `rubygems_` + 48 hex: https://guides.rubygems.org/api-key-scopes/
  {
    id: 'rubygems-api-key',
    title: 'RubyGems API key',
    description: 'RubyGems.org API keys (`rubygems_` + 48 hex characters).',
    severity: 'critical',
    keywords: ['rubygems_'],
    pattern: rx`${START}rubygems_[a-f0-9]{48}${END}`,
    remediation: rotateThenRemove('delete the key at rubygems.org → Settings → API keys, check recent gem versions, and prefer trusted publishing'),
    category: 'registry'
  },
  // API keys `oy2` + 43 lowercase base32: https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys
  {
    id: 'nuget-api-key',
    title: 'NuGet API key',
    description: 'nuget.org API keys (`oy2` + 43 characters).',
    severity: 'high',
    keywords: ['oy2'],
    pattern: rx`${START}oy2[a-z0-9]{43}${END}`,
    remediation: rotateThenRemove('regenerate or delete the key at nuget.org → API Keys'),
    category: 'registry'
  },
  // API keys `AKCp` + 69: https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key
  {
    id: 'jfrog-api-key',
    title: 'JFrog Artifactory API key',
    description: 'JFrog Artifactory API keys (`AKCp` + 69 characters).',
    severity: 'high',
    keywords: ['akcp'],
    pattern: rx`${START}AKCp[A-Za-z0-9]{69}${END}`,
    remediation: rotateThenRemove('revoke the API key in the JFrog Platform → Edit Profile → API Key, and move to access tokens'),
    category: 'registry'
  },
  // Access tokens `cmVmdGtu…` (base64 of `reftkn`), 64 characters:
  // https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens
  {
    id: 'jfrog-reference-token',
    title: 'JFrog access token (reference)',
    description: 'JFrog Platform reference access tokens (`cmVmdGtu` + 56 characters).',
    severity: 'high',
    keywords: ['cmvmdgtu'],
    pattern: rx`${START}cmVmdGtu[A-Za-z0-9]{56}${END}`,
    minEntropy: 4,
    remediation: rotateThenRemove('revoke the token in the JFrog Platform → Administration → User management → Access tokens'),
    category: 'registry'
  },
  // API tokens `cio` + 32: https://doc.rust-lang.org/cargo/reference/registry-authentication.html and
  // crates.io's `crates_io_database/src/utils/token.rs`.
  {
    id: 'crates-io-token',
    title: 'crates.io API token',
    description: 'crates.io API tokens (`cio` + 32 characters): publish and yank crates.',
    severity: 'critical',
    keywords: ['cio'],
    pattern: rx`${START}cio[A-Za-z0-9]{32}${END}`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('revoke the token at crates.io → Account Settings → API Tokens, check recent versions, and prefer trusted publishing'),
    category: 'registry'
  },
  // Tokens `packagist_{uut,urt,ort,out}_` + 68 hex: https://packagist.com/docs/api-tokens
  {
    id: 'packagist-token',
    title: 'Private Packagist token',
    description: 'Private Packagist user and organization tokens (`packagist_uut_`, `packagist_urt_`, `packagist_ort_`, `packagist_out_`).',
    severity: 'high',
    keywords: ['packagist_'],
    pattern: rx`${START}packagist_[ou][ru]t_[a-f0-9]{68}${END}`,
    remediation: rotateThenRemove('revoke the token in Private Packagist → the organization or your profile → Authentication tokens'),
    category: 'registry'
  },
  // API keys are 32 hex: https://hex.pm/docs/publish and `mix hex.user key generate`
  {
    id: 'hex-api-key',
    title: 'Hex API key',
    description: 'A 32-hex-character Hex.pm API key assigned to `HEX_API_KEY` or a `hexpm` name.',
    severity: 'critical',
    keywords: ['hex_api_key', 'hexapikey', 'hex-api-key', 'hexpm'],
    pattern: assignedTo(String.raw`hex[_-]?api[_-]?key|hexpm`, '[a-f0-9]{32}', END_VALUE),
    minEntropy: 3,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke the key with `mix hex.user key revoke` or at hex.pm → Dashboard → Keys, and check recent package versions'),
    category: 'registry'
  },
  // Deploy tokens `CLOJARS_` + 60: https://github.com/clojars/clojars-web/wiki/Deploy-Tokens
  {
    id: 'clojars-token',
    title: 'Clojars deploy token',
    description: 'Clojars deploy tokens (`CLOJARS_` + 60 characters).',
    severity: 'critical',
    keywords: ['clojars_'],
    pattern: rx`${START}CLOJARS_[A-Za-z0-9]{60}${END}`,
    remediation: rotateThenRemove('disable the token at clojars.org → Dashboard → Deploy Tokens and check recent releases'),
    category: 'registry'
  },
  // Identity tokens (64 characters) have no prefix: https://jfrog.com/help/r/jfrog-platform-administration-documentation/identity-tokens
  {
    id: 'jfrog-identity-token',
    title: 'JFrog identity token',
    description: 'A 64-character JFrog identity token assigned to a JFrog, Artifactory or Xray name (reference tokens, `cmVmdGtu…`, have their own rule).',
    severity: 'high',
    keywords: ['jfrog', 'artifactory', 'xray'],
    pattern: assignedTo('jfrog|artifactory|xray', '(?!cmVmdGtu)[a-z0-9]{64}', END_VALUE),
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke the token in the JFrog Platform → Edit Profile → Identity tokens (or Administration → Access tokens)'),
    category: 'registry'
  }
];
