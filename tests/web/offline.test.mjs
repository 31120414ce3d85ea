// Offline and updates: after one visit the app runs with the server gone, and a new version
// waits for the person's "Reload" instead of taking over, and never drops a change.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { copySite, journalDoc, SITE } from './harness.mjs';
import { launcher } from './flows.mjs';

const ONLINE = journalDoc('written online');
const BEFORE_UPDATE = journalDoc('made before the update');
import { writeServiceWorker } from '../../web/tools/build-site.mjs';

const cleanups = [];
after(async () => { for (const cleanup of cleanups) await cleanup(); });
const apps = launcher();
after(apps.closeAll);
const start = (options) => apps.start(options);

test('after the first visit, every file comes from the cache and the app runs offline', async () => {
  const app = await start();
  await app.open('#/today');
  await app.serviceWorkerReady();
  await app.page.evaluate(async (doc) => {
    const { app: running, ready } = await import(new URL('app.js', location.href));
    await ready;
    await running.store.save(doc);
  }, ONLINE);
  assert.equal(await app.page.locator('#update-banner').isHidden(), true,
    'the first install is not announced as an update');
  await app.stopServer();

  await app.reload();
  assert.equal(new URL(app.page.url()).hash, '#/today');
  const offline = await app.page.evaluate(async (files) => {
    const { app: running } = await import(new URL('app.js', location.href));
    const fetched = await Promise.all(files.map(async (file) => {
      const response = await fetch(file);
      return response.ok ? null : `${file}: ${response.status}`;
    }));
    return {
      doc: running.store.doc,
      caches: await caches.keys(),
      missing: fetched.filter(Boolean),
    };
  }, readdirSync(SITE, { recursive: true })  // X.gz is how X travels, not a file of the site
    .filter((file) => file !== 'sw.js' && !file.endsWith('.gz') && statSync(join(SITE, file)).isFile()));
  assert.equal(offline.doc, ONLINE);
  assert.deepEqual(offline.missing, [], 'every file of the site is precached');
  assert.equal(offline.caches.length, 1);
  assert.match(offline.caches[0], /^limber-[0-9a-f]{16}$/);

  await app.page.getByRole('link', { name: 'Learn' }).click();
  await app.page.waitForFunction(() => document.activeElement.textContent === 'Learn');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
});

test('a new version shows a calm Reload banner, waits for it, and keeps every change', async () => {
  const site = copySite();
  cleanups.push(() => rmSync(site, { recursive: true, force: true }));
  const app = await start({ site });
  const page = app.page;
  await app.open('#/today');
  await app.serviceWorkerReady();
  const other = await app.newPage();
  await app.open('#/learn', other);
  await page.bringToFront();  // a background tab gets few animation frames: clicks would crawl

  // Publish a new version: one file changes, so the worker's precache manifest changes.
  appendFileSync(join(site, 'style.css'), '\n/* a new version */\n');
  writeServiceWorker(site);

  await app.reload();  // the browser looks for a new worker on navigation
  const banner = page.locator('#update-banner');
  await banner.getByRole('button', { name: 'Reload' }).waitFor();
  assert.match(await banner.textContent(), /A new version of Limber is ready/);
  assert.equal(await banner.getAttribute('role'), 'status');
  assert.doesNotMatch(await page.evaluate(() => fetch('style.css').then((r) => r.text())),
    /a new version/, 'the old version stays in charge until the person reloads');
  await app.screenshot('update-banner-phone');

  // A change that could not be saved blocks the reload instead of being dropped.
  await page.evaluate(async (doc) => {
    const { app: running, ready } = await import(new URL('app.js', location.href));
    await ready;
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => { throw new DOMException('Simulated', 'QuotaExceededError'); };
    await running.store.save(doc).catch(() => {});
    window.stillThisPage = true;
  }, BEFORE_UPDATE);
  await banner.getByRole('button', { name: 'Reload' }).click();
  await page.locator('#announcer', { hasText: 'not saved yet' }).waitFor();
  assert.equal(await page.evaluate(() => window.stillThisPage), true, 'no reload with unsaved data');

  await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.locator('#storage-alert').waitFor({ state: 'hidden' });
  const reloaded = page.waitForEvent('framenavigated');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await page.waitForSelector('html[data-ready]');

  const after = await page.evaluate(async () => {
    const { app: running } = await import(new URL('app.js', location.href));
    return {
      doc: running.store.doc,
      css: await fetch('style.css').then((r) => r.text()),
      caches: await caches.keys(),
      banner: document.getElementById('update-banner').hidden,
    };
  });
  assert.equal(after.doc, BEFORE_UPDATE);
  assert.match(after.css, /a new version/, 'the new version is running');
  assert.equal(after.caches.length, 1, 'the old cache was deleted');
  assert.equal(after.banner, true);

  // The other tab is not reloaded under the person's hands; it offers the reload instead.
  await other.getByRole('button', { name: 'Reload' }).waitFor();
  assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
  assert.deepEqual(app.consoleErrors, []);
});
