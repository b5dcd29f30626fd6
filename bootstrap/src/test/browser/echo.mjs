// Drives Debian's headless Chromium (playwright-core, no bundled browser) through the Parley echo
// page and prints the result as one JSON line.
// Usage: node echo.mjs <page-url>   with PARLEY_WS (ws://127.0.0.1:<port>/rtc), PARLEY_TOKEN,
// optional CHROMIUM (default /usr/bin/chromium) and ECHO_SECONDS (default 6).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pageUrl = process.argv[2];
const wsUrl = process.env.PARLEY_WS;
const token = process.env.PARLEY_TOKEN;
const seconds = Number(process.env.ECHO_SECONDS || '6');
if (!pageUrl || !wsUrl || !token) {
  console.error('usage: PARLEY_WS=... PARLEY_TOKEN=... node echo.mjs <page-url>');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
let context;
let exitCode = 0;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream', '--disable-features=WebRtcHideLocalIpsWithMdns',
      '--allow-loopback-in-peer-connection'],
  });
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(m.type() + ': ' + m.text()));
  await page.goto(pageUrl);
  const result = await page.evaluate((args) => window.runEcho(args), {wsUrl, token, seconds});
  result.browserVersion = context.browser() ? context.browser().version() : null;
  result.userAgent = await page.evaluate(() => navigator.userAgent);
  result.console = consoleLines;
  console.log(JSON.stringify(result));
} catch (e) {
  console.log(JSON.stringify({error: String(e && e.stack || e)}));
  exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, {recursive: true, force: true});
}
process.exit(exitCode);
