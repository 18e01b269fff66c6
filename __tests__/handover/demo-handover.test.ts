/**
 * Acceptance 4: `launch-ready demo handover` (`npm run demo -- handover`) prints the launch
 * handover of the bundled demo's real run: secrets in its PR, its env schema, the smoke test of its
 * running preview. Frozen clock (durations read as —, the date is fixed); the preview's random
 * port and the demo commit's SHA are masked.
 */
import { demoCommand } from '../../src/cli/demo-command.js';
import type { Clock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';

const frozenClock: Clock = { now: () => 0, today: () => new Date('2026-12-07T09:30:00Z'), sleep: async () => {} };

test('the demo handover: next actions, what is live, routes, env inventory, findings with fixes, recovery steps', async () => {
  let output = '';
  const code = await demoCommand({ name: 'demo', format: 'text', handover: true }, { stdout: (text) => void (output += text), logger: silentLogger, color: false }, frozenClock);
  expect(code).toBe(0);
  const masked = output.replace(/127\.0\.0\.1(:|\\:|&#58;)\d+/g, '127.0.0.1$1PORT').replace(/<code>[0-9a-f]{7}<\/code>/g, '<code>SHA</code>');
  for (const heading of ['## Next actions for day one', '## What is live', '## Email authentication', '## Routes and flows', '## Environment variables', '## Open findings', '## Recovery steps']) {
    expect(masked).toContain(heading);
  }
  expect(masked).toContain('- **DNS, edge and certificates:** not checked');
  expect(masked).not.toMatch(/127\.0\.0\.1\S{0,6}\d{3}/);
  expect(masked).toMatchSnapshot();
});
