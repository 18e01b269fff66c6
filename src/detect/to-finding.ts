/**
 * Builds the finding of a secret. The value is only read here to redact it; no field but `evidence`
 * (its first characters and length) derives from it, and no field quotes the line, so a line with
 * several candidates leaks none of them.
 */
import type { Confidence, Finding, Location } from '../report/finding.js';
import { redact } from '../report/redact.js';
import { severityFor } from './confidence.js';
import type { ScanSource, SecretRule } from './contracts.js';
import { fingerprintOf } from '../report/fingerprint.js';
import { MIN_KNOWN_VALUE_LENGTH, type KnownValueEncoding } from './known-values.js';
import { allowEntryLine, suppressionLine } from './suppressions/suppress-with.js';

export type Encoding = 'base64' | 'url';

/** Where the finding points, already resolved to the encoded span for decoded secrets. */
export interface FindingPlace {
  line: number;
  column?: number;
  endColumn?: number;
}

export interface SecretFindingInput {
  rule: SecretRule;
  value: string;
  source: ScanSource;
  place: FindingPlace;
  confidence: Confidence;
  fingerprint: string;
  encoding?: Encoding;
  /** Confidence was lowered because a test fixture says the value is fake. */
  markedFake: boolean;
  /** The id name a paired secret follows (`client_id`): said in the message so the reader knows which credential. */
  pairedWith?: string;
}

const ENCODING_WORDS: Readonly<Record<Encoding | KnownValueEncoding, string>> = {
  base64: 'base64-encoded',
  url: 'URL-encoded',
  json: 'JSON-escaped',
  verbatim: ''
};

export function toSecretFinding(input: SecretFindingInput): Finding {
  const { rule, source, confidence } = input;
  const encoded = input.encoding ? ` (${ENCODING_WORDS[input.encoding]})` : '';
  const fake = input.markedFake ? ' It sits in a test fixture that calls it fake, so it is reported at low confidence.' : '';
  // The id's name only ([A-Za-z_-] by the rule's pattern), never its value: some ids are half a credential.
  const paired = input.pairedWith ? ` It follows \`${input.pairedWith}\` on the line before: together they are a working credential.` : '';
  return {
    check: 'secrets',
    ruleId: rule.id,
    severity: severityFor(rule.severity, confidence),
    title: rule.title,
    message: `${originClause(source)}${encoded}: ${originConsequence(source)}${paired}${fake}`,
    location: locationOf(source, input.place),
    evidence: redact(input.value),
    fingerprint: input.fingerprint,
    remediation: rule.remediation,
    confidence,
    suppressWith: suppressionLine(source, rule.id)
  };
}

export interface KnownValueFindingInput {
  name: string;
  length: number;
  source: ScanSource;
  place: FindingPlace;
  encoding: KnownValueEncoding;
  fingerprint: string;
}

export const KNOWN_VALUE_RULE_ID = 'env-secret-in-artifact';

/** "The value of STRIPE_SECRET_KEY is in dist/app.js": the name, never the value. */
export function toKnownValueFinding(input: KnownValueFindingInput): Finding {
  const encoded = input.encoding === 'verbatim' ? '' : ` (${ENCODING_WORDS[input.encoding]})`;
  return {
    check: 'secrets',
    ruleId: KNOWN_VALUE_RULE_ID,
    severity: 'critical',
    title: 'Secret env value in build output',
    message: `The value of ${input.name} is in ${input.source.path}${encoded}: anyone who can download the build output or log can use it.`,
    location: locationOf(input.source, input.place),
    evidence: `value of ${input.name} (${input.length} chars)`,
    fingerprint: input.fingerprint,
    remediation:
      `Rotate ${input.name} first: the build output may already be public. Then find how it got there ` +
      '(a NEXT_PUBLIC_/VITE_ prefix, a bundler define, a log statement) and keep it on the server.',
    confidence: 'high',
    suppressWith: allowEntryLine(KNOWN_VALUE_RULE_ID, input.source.path)
  };
}

/** Info: a secret env value too short to search without coincidental hits (see known-values.ts). */
export function knownValueTooShortFinding(name: string): Finding {
  return {
    check: 'secrets',
    ruleId: 'env-secret-too-short',
    severity: 'info',
    title: 'Secret env value not searched',
    message: `The value of ${name} is shorter than ${MIN_KNOWN_VALUE_LENGTH} characters, so build output was not searched for it: a value that short matches by coincidence.`,
    location: { kind: 'env', name },
    fingerprint: fingerprintOf('env-secret-too-short', name),
    remediation: `A credential this short can be guessed: make ${name} a long random value.`,
    confidence: 'high'
  };
}

function originClause(source: ScanSource): string {
  switch (source.origin) {
    case 'added':
      return 'Added by this change';
    case 'present':
      return PRESENT_CLAUSE[source.gitState ?? 'tracked'];
    case 'history':
      return source.commit ? `Added in commit ${source.commit.sha.slice(0, 7)} by ${source.commit.author}` : 'Added in an earlier commit';
    case 'artifact':
      return 'In build output or a log';
  }
}

const PRESENT_CLAUSE: Readonly<Record<NonNullable<ScanSource['gitState']> | 'tracked', string>> = {
  tracked: 'Committed in a tracked file',
  untracked: 'In a file git does not track yet',
  ignored: 'In a file git ignores',
  'outside-git': 'In a file on disk'
};

function originConsequence(source: ScanSource): string {
  if (source.gitState === 'ignored') return 'it is not committed, but anyone with a copy of this folder (a backup, a build context, an archive) can use it.';
  if (source.gitState === 'untracked') return 'it is not committed yet, but one `git add` puts it in the history for good: rotate it or move it out.';
  if (source.gitState === 'outside-git') return 'anyone who can read this folder can use it.';
  if (source.origin === 'history') return 'it stays readable in the history after the line is removed, so rotate it.';
  if (source.origin === 'artifact') return 'anyone who can download the build output or log can use it.';
  return 'anyone who can read the repository or its history can use it.';
}

function locationOf(source: ScanSource, place: FindingPlace): Location {
  return {
    kind: 'file',
    path: source.path,
    line: place.line,
    ...(place.column !== undefined ? { column: place.column } : {}),
    ...(place.endColumn !== undefined ? { endColumn: place.endColumn } : {}),
    ...(source.commit ? { commit: source.commit } : {})
  };
}
