/**
 * Drift runs every pattern over every source file of the repository, pull-request controlled text
 * included: none may backtrack catastrophically. `recheck` (https://makenowjust-labs.github.io/recheck/)
 * proves each one linear; the look-arounds here are fixed-width or a whitespace run tried once per
 * match, so they add a bounded cost.
 */
import { check } from 'recheck';
import { DESTRUCTURING } from '../../../../src/checks/env/drift/destructured-names.js';
import { DOCKERFILE_INSTRUCTION } from '../../../../src/checks/env/drift/dockerfile-names.js';
import { findEnvReferences } from '../../../../src/checks/env/drift/find-references.js';
import {
  GO_PATTERNS,
  JS_PATTERNS,
  PRISMA_PATTERNS,
  PYTHON_PATTERNS,
  RUBY_PATTERNS,
  WORKFLOW_PATTERNS
} from '../../../../src/checks/env/drift/reference-patterns.js';

const PATTERNS: Array<[string, RegExp]> = [
  ...[JS_PATTERNS, PYTHON_PATTERNS, RUBY_PATTERNS, GO_PATTERNS, PRISMA_PATTERNS, WORKFLOW_PATTERNS]
    .flat()
    .map(({ form, regex }): [string, RegExp] => [form, regex]),
  ['const { X } = process.env', DESTRUCTURING],
  ['Dockerfile ENV / ARG', DOCKERFILE_INSTRUCTION]
];

test.each(PATTERNS)('%s is safe', async (_, regex) => {
  const result = await check(regex.source, regex.flags.replace(/[dg]/g, ''));
  expect(result.status).toBe('safe');
});

test('hostile text: long runs of what each form starts with still yield the references around them', () => {
  const hostile = [
    // Anchors by the thousand, each preceded by most of a form: every look-behind stops early.
    'env'.repeat(50_000),
    '} = process.env '.repeat(20_000),
    'const {' + ' a,'.repeat(20_000) + ' = process . env ; ',
    'os . os . environ['.repeat(20_000),
    'process.env' + ' '.repeat(50_000),
    'process.env[' + ' '.repeat(50_000),
    'const {' + ' a,'.repeat(20_000),
    '/*'.repeat(20_000),
    'ENV.fetch' + ' '.repeat(50_000),
    'os.environ' + ' '.repeat(50_000)
  ].join('\n');
  const text = `process.env.BEFORE;\n${hostile}\nprocess.env.AFTER;\n`;
  expect(findEnvReferences('a.ts', text).map((reference) => reference.name)).toEqual(['BEFORE', 'AFTER']);
});
