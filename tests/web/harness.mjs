// Browser test harness: serves build/site on loopback and drives Debian's Chromium through
// playwright-core. Every page request is checked: anything leaving the origin fails the test.
//
//   const app = await launch({ viewport: PHONE, site: SITE });   // fresh profile each time
//   await app.open('#/today');        // navigates and waits for <html data-ready>
//   await app.serviceWorkerReady();   // the site is precached: it now works offline
//   await app.stopServer();           // the origin is gone; the service worker must answer
//   const tab = await app.newPage();  // a second tab in the same profile
//   app.foreignRequests, app.consoleErrors     // assert both empty
//   app.served()                      // every response the server sent, with its bytes
//   await app.close();
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../web/tools/serve.mjs';
import { copyTree } from '../../web/tools/build-site.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
// The npm packages live with the web tooling (web/node_modules).
export const require = createRequire(resolve(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

export const SITE = process.env.LIMBER_SITE || resolve(here, '../../build/site');
export const SCREENSHOTS = resolve(here, '../../build/screenshots/web');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };
export const ROUTES = ['check', 'today', 'library', 'progress', 'learn', 'settings'];

// A journal document the core opens as it is (status ok), told apart by `tag`; it holds a check,
// so the app starts on Today. Storage tests save it directly, as the app would.
export function journalDoc(tag) {
  return JSON.stringify({
    schema_version: 2,
    settings: { voice: true, tones: true, activities: [tag] },
    screening: { date: '2026-11-16', level: 'self_care', answers: { age: 42 }, acknowledged: false },
    entries: [],
  });
}

// A private copy of the site that a test may change (e.g. to publish a new version).
export function copySite() {
  const dir = mkdtempSync(join(tmpdir(), 'limber-site-'));
  copyTree(SITE, dir);
  return dir;
}

// Starts a server and a browser. Returns helpers; call close() in an after() hook.
export async function launch({ viewport = PHONE, site = SITE } = {}) {
  let server = await startServer(site);
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
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    return page;
  };
  const page = watch(context.pages()[0] || (await context.newPage()));
  const url = server.url;
  return {
    context, page, origin, url, foreignRequests, consoleErrors,
    async open(path = '', target = page) {
      await target.goto(url + path);
      await target.waitForSelector('html[data-ready]', { timeout: 15000 });
    },
    async reload(target = page) {
      await target.reload();
      await target.waitForSelector('html[data-ready]', { timeout: 15000 });
    },
    async newPage() {
      return watch(await context.newPage());
    },
    // Resolves once a service worker is active and controls the page.
    async serviceWorkerReady(target = page) {
      await target.evaluate(() => navigator.serviceWorker.ready);
      await target.waitForFunction(() => navigator.serviceWorker.controller !== null);
    },
    // What the server has sent so far: [{ path, status, bytes }] (see web/tools/serve.mjs).
    served() {
      return server ? [...server.sent] : [];
    },
    async stopServer() {
      await server?.close();
      server = null;
    },
    async screenshot(name, target = page) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      // What the person sees in the window (a fixed bottom bar makes full-page shots lie).
      await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
    },
    async close() {
      await context.close();
      await server?.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
