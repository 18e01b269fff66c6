import { chooseScanMode } from '../../../src/checks/secrets/scan-mode.js';
import type { Context } from '../../../src/context/context.js';

const pullRequest = { number: 3, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) };
const context = (overrides: Partial<Context>): Context => ({
  eventName: 'pull_request',
  kind: 'pull_request',
  workspace: '/w',
  hasToken: false,
  ...overrides
});

describe('chooseScanMode', () => {
  test.each([
    ['diff on a pull request', 'diff', context({ pullRequest }), { mode: 'diff', pullRequest }],
    ['diff on a push (range diff comes later)', 'diff', context({ kind: 'push', eventName: 'push' }), { mode: 'tree' }],
    ['diff on a local run', 'diff', context({ kind: 'local', eventName: 'local' }), { mode: 'tree' }],
    ['diff on a pull request without PR data', 'diff', context({}), { mode: 'tree' }],
    ['tree on a pull request', 'tree', context({ pullRequest }), { mode: 'tree' }],
    ['history', 'history', context({ pullRequest }), { mode: 'tree', note: expect.stringMatching(/history scanning comes in a later version/) }]
  ] as const)('%s', (_name, scan, ctx, expected) => {
    expect(chooseScanMode(scan, ctx)).toEqual(expected);
  });
});
