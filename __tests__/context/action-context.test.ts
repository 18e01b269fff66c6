import { parseActionInputs } from '../../src/config/action-inputs.js';
import { readActionContext } from '../../src/context/action-context.js';

test('the shard input becomes the context\'s shard; without it there is none', async () => {
  const env = { GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: '/w' };
  const sharded = await readActionContext(env, parseActionInputs((name) => (name === 'shard' ? '3/8' : '')));
  expect(sharded.shard).toEqual({ index: 3, count: 8 });
  const whole = await readActionContext(env, parseActionInputs(() => ''));
  expect(whole).not.toHaveProperty('shard');
});
