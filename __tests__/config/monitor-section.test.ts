/** The monitor section: alert routes by severity, history and probe sizes, and located errors for routes to a channel that is off. */
import { parseConfig } from '../../src/config/parse-config.js';
import { configErrorFor } from './config-error.js';

test('routes as written; a severity left out goes nowhere; the other keys converted', () => {
  const monitor = parseConfig(
    [
      'monitor:',
      '  failuresBeforeAlert: 3',
      '  alert:',
      '    webhook: https://hooks.example.test/T0',
      '    routes: { critical: [issue, webhook], high: [issue] }',
      '  history: 500',
      '  latencySamples: 3',
      '  state: state/monitor.json'
    ].join('\n'),
    'launch-ready.yml'
  ).monitor!;
  expect(monitor).toEqual({
    failuresBeforeAlert: 3,
    alert: { issue: true, webhook: 'https://hooks.example.test/T0', routes: { critical: ['issue', 'webhook'], high: ['issue'], medium: [], low: [] } },
    certExpiryDays: 14,
    history: 500,
    latencySamples: 3,
    state: 'state/monitor.json',
    statusPage: '.launch-ready/status'
  });
});

test('without routes every severity goes to every channel that is on', () => {
  const off = parseConfig('monitor: { alert: { issue: false, webhook: "https://hooks.example.test/x" } }', 'launch-ready.yml').monitor!;
  expect(off.alert.routes).toEqual({ critical: ['webhook'], high: ['webhook'], medium: ['webhook'], low: ['webhook'] });
});

test.each([
  {
    name: 'a route to the webhook without one',
    yaml: ['monitor:', '  alert:', '    routes: { critical: [issue, webhook] }'],
    message:
      'launch-ready.yml:3:33: monitor.alert.routes.critical[1]: routes critical alerts to the webhook, but monitor.alert.webhook is not set; expected monitor.alert.webhook: ${env.SLACK_WEBHOOK_URL}, or remove webhook here'
  },
  {
    name: 'a route to issues that are off',
    yaml: ['monitor:', '  alert:', '    issue: false', '    webhook: https://hooks.example.test/x', '    routes: { high: [issue] }'],
    message: 'launch-ready.yml:5:22: monitor.alert.routes.high[0]: routes high alerts to an issue, but monitor.alert.issue is false; expected issue: true, or remove issue here'
  },
  {
    name: 'an unknown channel',
    yaml: ['monitor:', '  alert:', '    routes: { high: [pager] }'],
    message: expect.stringMatching(/^launch-ready\.yml:3:22: monitor\.alert\.routes\.high\[0\]: expected one of issue, webhook/)
  },
  {
    name: 'a history too small to mean anything',
    yaml: ['monitor:', '  history: 3'],
    message: 'launch-ready.yml:2:12: monitor.history: expected at least 10; got 3'
  }
])('$name', ({ yaml, message }) => {
  expect(configErrorFor(yaml)).toEqual(message);
});
