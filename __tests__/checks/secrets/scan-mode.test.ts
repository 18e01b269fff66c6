import { chooseScanMode } from '../../../src/checks/secrets/scan-mode.js';
import type { Context } from '../../../src/context/context.js';

const pullRequest = { number: 3, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) };
const push = { before: 'c'.repeat(40), after: 'd'.repeat(40) };
const context = (overrides: Partial<Context>): Context => ({
  eventName: 'pull_request',
  kind: 'pull_request',
  workspace: '/w',
  hasToken: false,
  ...overrides
});

describe('chooseScanMode', () => {
  test.each([
    ['diff on a pull request', 'diff', context({ pullRequest }), { mode: 'pull-request', pullRequest }],
    ['diff on a push', 'diff', context({ kind: 'push', eventName: 'push', push }), { mode: 'push', push }],
    ['diff on a new branch', 'diff', context({ kind: 'push', eventName: 'push', push: { after: push.after } }), { mode: 'push', push: { after: push.after } }],
    ['diff on a merge group', 'diff', context({ kind: 'merge_group', eventName: 'merge_group', push }), { mode: 'push', push }],
    ['diff on a local run', 'diff', context({ kind: 'local', eventName: 'local' }), { mode: 'tree' }],
    ['diff on a schedule', 'diff', context({ kind: 'schedule', eventName: 'schedule' }), { mode: 'tree' }],
    ['diff on a pull request without PR data', 'diff', context({}), { mode: 'tree' }],
    ['diff on a push without a range', 'diff', context({ kind: 'push', eventName: 'push' }), { mode: 'tree' }],
    ['tree on a pull request', 'tree', context({ pullRequest }), { mode: 'tree' }],
    ['history on a pull request', 'history', context({ pullRequest }), { mode: 'history' }],
    ['history on a local run', 'history', context({ kind: 'local', eventName: 'local' }), { mode: 'history' }]
  ] as const)('%s', (_name, scan, ctx, expected) => {
    expect(chooseScanMode(scan, ctx)).toEqual(expected);
  });
});
