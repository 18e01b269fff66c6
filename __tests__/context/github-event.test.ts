import { contextFromEvent } from '../../src/context/github-event.js';

const env = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'sha-env', GITHUB_SERVER_URL: 'https://github.test', GITHUB_RUN_ID: '9' };
const base = { env, workspace: '/w', hasToken: true };

test.each([
  {
    name: 'pull_request',
    eventName: 'pull_request',
    payload: { pull_request: { number: 5, base: { sha: 'b1' }, head: { sha: 'h1' } } },
    expected: { kind: 'pull_request', pullRequest: { number: 5, baseSha: 'b1', headSha: 'h1' }, headSha: 'h1' }
  },
  {
    name: 'pull_request_target keeps its event name',
    eventName: 'pull_request_target',
    payload: { pull_request: { number: 6, base: { sha: 'b2' }, head: { sha: 'h2' } } },
    expected: { eventName: 'pull_request_target', kind: 'pull_request', pullRequest: { number: 6, baseSha: 'b2', headSha: 'h2' } }
  },
  {
    name: 'push',
    eventName: 'push',
    payload: { before: 'a'.repeat(40), after: 'c'.repeat(40) },
    expected: { kind: 'push', push: { before: 'a'.repeat(40), after: 'c'.repeat(40) }, headSha: 'c'.repeat(40) }
  },
  {
    name: 'push of a new branch has no before',
    eventName: 'push',
    payload: { before: '0'.repeat(40), after: 'c'.repeat(40) },
    expected: { push: { before: undefined, after: 'c'.repeat(40) } }
  },
  {
    name: 'merge_group',
    eventName: 'merge_group',
    payload: { merge_group: { base_sha: 'mb', head_sha: 'mh' } },
    expected: { kind: 'merge_group', push: { before: 'mb', after: 'mh' }, headSha: 'mh' }
  },
  {
    name: 'deployment_status prefers environment_url',
    eventName: 'deployment_status',
    payload: {
      deployment_status: { state: 'success', environment_url: 'https://pr-5.shop.dev', target_url: 'https://ci.example/log', environment: 'preview' },
      deployment: { sha: 'd1', environment: 'preview' }
    },
    expected: { kind: 'deployment_status', deployUrl: 'https://pr-5.shop.dev', environment: 'preview', headSha: 'd1' }
  },
  {
    name: 'deployment_status falls back to target_url and the deployment environment',
    eventName: 'deployment_status',
    payload: { deployment_status: { target_url: 'https://shop.dev' }, deployment: { environment: 'production' } },
    expected: { deployUrl: 'https://shop.dev', environment: 'production' }
  },
  {
    name: 'workflow_dispatch',
    eventName: 'workflow_dispatch',
    payload: {},
    expected: { kind: 'workflow_dispatch', headSha: 'sha-env' }
  },
  {
    name: 'workflow_run takes the tested commit',
    eventName: 'workflow_run',
    payload: { workflow_run: { head_sha: 'wr1' } },
    expected: { kind: 'workflow_run', headSha: 'wr1' }
  },
  {
    name: 'an unknown event',
    eventName: 'issue_comment',
    payload: {},
    expected: { kind: 'other' }
  }
])('$name', ({ eventName, payload, expected }) => {
  const context = contextFromEvent({ ...base, eventName, payload });
  expect(context).toMatchObject(expected);
  expect(context.repository).toEqual({ owner: 'acme', repo: 'shop' });
  expect(context.repositoryUrl).toBe('https://github.test/acme/shop');
  expect(context.runUrl).toBe('https://github.test/acme/shop/actions/runs/9');
});

test('a pull_request payload without SHAs gives no pullRequest rather than a half-filled one', () => {
  const context = contextFromEvent({ ...base, eventName: 'pull_request', payload: { pull_request: { number: 1 } } });
  expect(context.pullRequest).toBeUndefined();
});
