// Browser test harness: serves build/site on loopback and drives Debian's Chromium through
// playwright-core. Every page request is checked: anything leaving the origin fails the test.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../web/tools/serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
// The npm packages live with the web tooling (web/node_modules).
const require = createRequire(resolve(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

export const SITE = process.env.LIMBER_SITE || resolve(here, '../../build/site');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };

// Starts a server and a browser. Returns helpers; call close() in an after() hook.
export async function launch({ viewport = PHONE } = {}) {
  const server = await startServer(SITE);
  const userDataDir = mkdtempSync(join(tmpdir(), 'limber-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport,
  });
  const origin = new URL(server.url).origin;
  const foreignRequests = [];
  const consoleErrors = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreignRequests.push(url);
    }
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  return {
    server, context, page, origin, foreignRequests, consoleErrors,
    async open(path = '') {
      await page.goto(server.url + path);
      await page.waitForSelector('html[data-ready]', { timeout: 15000 });
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
