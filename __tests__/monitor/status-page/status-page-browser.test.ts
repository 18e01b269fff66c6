/**
 * Acceptance 3: the written status page opened in real headless Chromium (Debian's, never a
 * downloaded one), served by a real HTTP server on 127.0.0.1. Every request the page makes is
 * routed: anything but the page itself fails the test. It must show the figures, log no console
 * error, and fit a 375 px wide phone without sideways scrolling. A screenshot is written for the
 * README. Skipped, saying why, only when Chromium is not installed (`.ci/run` installs it).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { writeStatusPage } from '../../../src/monitor/status-page/write-status-page.js';
import { sampleHistory } from './sample-history.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = 'docs/images/status-page.png';
const hasChromium = existsSync(CHROMIUM);
const describeInBrowser = hasChromium ? describe : describe.skip;

if (!hasChromium) {
  // Jest prints skipped tests without a reason: say it where the run's output shows it.
  process.stderr.write(`status-page browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does this in CI)\n`);
}

describeInBrowser(`the status page in headless Chromium (${CHROMIUM})`, () => {
  let dir: string;
  let server: Server;
  let pageUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'status-page-'));
    const { page } = await writeStatusPage(sampleHistory(), { out: dir, title: 'Shop status' });
    const html = await readFile(page);
    server = createServer((req, res) => {
      if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  test('renders the figures on a 375 px phone, with no console error, no other request and no sideways scroll', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1, javaScriptEnabled: false });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    page.on('pageerror', (error) => void errors.push(error.message));
    await page.route('**/*', (route) => {
      if (route.request().url() === pageUrl) return route.continue();
      foreign.push(route.request().url());
      return route.abort();
    });

    const response = await page.goto(pageUrl, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    const text = await page.locator('main').innerText();
    for (const figure of ['91.66%', '97.02%', '98.75%', '122 ms', 'GET / answers 500', '⚠ Expires in 5 days', 'v1.4.1']) expect(text).toContain(figure);
    expect(await page.locator('h1').innerText()).toBe('Shop status');
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Uptime', 'Response time and errors', 'Open incidents', 'Certificates', 'Recent deploys']);
    expect(await page.getByRole('img', { name: /p95 by day/ }).count()).toBe(3);

    // Strings, not functions: they run in the page, and this project's TypeScript has no DOM types.
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(375);
    // Nor is a column hidden behind a table's own scrollbar.
    const clipped = await page.evaluate<string[]>("[...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth).map((w) => w.textContent.slice(0, 40))");
    expect(clipped).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect((await readFile(SCREENSHOT)).subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });
});
