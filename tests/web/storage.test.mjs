// The journal document in IndexedDB: saved means committed, two tabs never lose each other's
// changes, and a storage failure is shown, keeps the change in memory and can be retried.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { journalDoc, launch } from './harness.mjs';

const FIRST = journalDoc('first');
const KEPT = journalDoc('must not be lost');

let app;
before(async () => {
  app = await launch();
  await app.context.addInitScript(installHelpers);
});
after(async () => {
  assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
  await app?.close();
});

// Installed in every page before its own scripts run (test code, not the app's): window.t.
function installHelpers() {
  // The running app's store (the same module instances the page uses).
  const appStore = async () => {
    const { app, ready } = await import(new URL('app.js', location.href));
    await ready;
    return app.store;
  };
  const readStoredRecord = (name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const get = request.result.transaction('journal').objectStore('journal').get('document');
      get.onsuccess = () => { resolve(get.result); request.result.close(); };
      get.onerror = () => reject(get.error);
    };
  });
  // A store on a test database whose merge keeps the union of both lists.
  const openTestStore = async ({ name, deaf }) => {
    const { openStore } = await import(new URL('app.js', location.href));
    window.merges = 0;
    window.changes = 0;
    const channel = window.BroadcastChannel;
    if (deaf) {
      // Tells the other tabs of its writes but hears nothing back: its own writes go stale.
      window.BroadcastChannel = class PostOnly {
        constructor(name) { this.real = new channel(name); }
        postMessage(message) { this.real.postMessage(message); }
        close() { this.real.close(); }
      };
    }
    window.testStore = await openStore({
      name,
      merge: ({ mine, theirs }) => {
        window.merges++;
        window.duringMerge?.();
        return JSON.stringify([...new Set([...JSON.parse(mine), ...JSON.parse(theirs)])].sort());
      },
      onChange: () => { window.changes++; },
    }).finally(() => { window.BroadcastChannel = channel; });
  };
  // Derive the next document and save it in the same task, as the app does.
  const add = (item) => window.testStore.save(
    JSON.stringify([...JSON.parse(window.testStore.doc || '[]'), item].sort()));
  window.t = { appStore, readStoredRecord, openTestStore, add };
}

const appDoc = (page) => page.evaluate(async () => (await window.t.appStore()).doc);

test('save resolves once the document is committed, and it is still there after a reload', async () => {
  await app.open();
  const stored = await app.page.evaluate(async (doc) => {
    const store = await window.t.appStore();
    await store.save(doc);
    // Straight after save() resolves, another connection must already see it.
    return window.t.readStoredRecord('limber');
  }, FIRST);
  assert.equal(stored.doc, FIRST);
  assert.equal(stored.revision, 1);

  await app.reload();
  assert.equal(await appDoc(app.page), FIRST);
  await app.open('#/');
  assert.equal(new URL(app.page.url()).hash, '#/today', 'with a document stored, Today is the start');
  assert.deepEqual(app.consoleErrors, []);
});

test('persistent storage is requested once, after the first save', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => {
    window.persistCalls = 0;
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function countedPersist() {
      window.persistCalls++;
      return persist.call(this);
    };
  });
  await app.open('#/today', page);
  const result = await page.evaluate(async (docs) => {
    const store = await window.t.appStore();
    const before = window.persistCalls;
    for (const doc of docs) await store.save(doc);
    return { before, state: await store.persistence() };
  }, [0, 1, 2].map((i) => journalDoc(`persist ${i}`)));
  assert.equal(result.before, 0, 'not asked before anything was saved');
  assert.ok(['persisted', 'not-persisted'].includes(result.state), result.state);
  await page.waitForFunction(() => window.persistCalls > 0);
  assert.equal(await page.evaluate(() => window.persistCalls), 1);
  await page.close();
});

// Two more tabs of the app, each with a test store on database `name`; the `deaf` one hears no
// other tab, so its writes go stale.
async function twoTabs(name, { deaf } = {}) {
  const tabs = [await app.newPage(), await app.newPage()];
  for (const [i, tab] of tabs.entries()) {
    await app.open('#/today', tab);
    await tab.evaluate((options) => window.t.openTestStore(options),
      { name, deaf: deaf === 'ab'[i] });
  }
  return tabs;
}

test('a write based on an old revision is merged, and the other tab hears of it', async () => {
  const [a, b] = await twoTabs('stale', { deaf: 'b' });

  await a.evaluate(() => window.t.add('from A'));
  await b.evaluate(() => window.t.add('from B'));  // B still believes nothing is stored
  assert.equal(await b.evaluate(() => window.merges), 1, 'B merged instead of overwriting');
  const both = JSON.stringify(['from A', 'from B']);
  assert.equal(await b.evaluate(() => window.testStore.doc), both);
  assert.equal((await a.evaluate((name) => window.t.readStoredRecord(name), 'stale')).doc, both);
  await a.waitForFunction((expected) => window.testStore.doc === expected, both);
  assert.ok(await a.evaluate(() => window.changes) >= 1, 'A was told to re-render');
  await Promise.all([a.close(), b.close()]);
});

test('a save made while a merged write is in flight is merged again, not written over', async () => {
  const [a, b] = await twoTabs('mid-write', { deaf: 'a' });
  await b.evaluate(() => window.t.add('b'));
  const result = await a.evaluate(async () => {
    window.duringMerge = () => {
      window.duringMerge = null;
      window.second = window.t.add('a2');  // derived from ['a1'], before the merge lands
    };
    await window.t.add('a1');
    await window.second;
    return { doc: window.testStore.doc, merges: window.merges };
  });
  assert.deepEqual(result, { doc: JSON.stringify(['a1', 'a2', 'b']), merges: 2 });
  assert.equal((await a.evaluate((name) => window.t.readStoredRecord(name), 'mid-write')).doc,
    result.doc);
  await Promise.all([a.close(), b.close()]);
});

test('two tabs saving at the same time never lose each other\'s updates', async () => {
  const [a, b] = await twoTabs('race');

  const N = 15;
  const run = (page, tab) => page.evaluate(async ({ tab, N }) => {
    for (let i = 0; i < N; i++) await window.t.add(`${tab}${String(i).padStart(2, '0')}`);
  }, { tab, N });
  await Promise.all([run(a, 'a'), run(b, 'b')]);

  const expected = [];
  for (const tab of ['a', 'b']) {
    for (let i = 0; i < N; i++) expected.push(`${tab}${String(i).padStart(2, '0')}`);
  }
  const stored = await a.evaluate((name) => window.t.readStoredRecord(name), 'race');
  assert.deepEqual(JSON.parse(stored.doc), expected.sort());
  assert.equal(stored.revision, 2 * N, 'one revision per save');
  for (const page of [a, b]) {
    await page.waitForFunction((doc) => window.testStore.doc === doc, stored.doc);
  }
  await Promise.all([a.close(), b.close()]);
});

test('after a failed read, the next write merges with what is stored', async () => {
  const page = await app.newPage();
  await app.open('#/today', page);
  await page.evaluate((options) => window.t.openTestStore(options), { name: 'unread', deaf: false });
  await page.evaluate(() => window.t.add('kept on disk'));
  const result = await page.evaluate(async () => {
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = () => { throw new DOMException('Simulated', 'UnknownError'); };
    await window.t.openTestStore({ name: 'unread', deaf: true });
    IDBObjectStore.prototype.get = get;
    const seen = window.testStore.doc;
    await window.t.add('new here');
    return { seen, doc: window.testStore.doc, merges: window.merges };
  });
  assert.deepEqual(result, {
    seen: null, doc: JSON.stringify(['kept on disk', 'new here']), merges: 1,
  });
  await page.close();
});

test('a failed save is shown, stays in memory, and Retry saves it', async () => {
  await app.open('#/today');
  const page = app.page;
  const failure = await page.evaluate(async (doc) => {
    const store = await window.t.appStore();
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('Simulated: the disk is full', 'QuotaExceededError');
    };
    const error = await store.save(doc).catch((e) => e.name);
    return { error, unsaved: store.unsaved, doc: store.doc };
  }, KEPT);
  assert.deepEqual(failure, { error: 'QuotaExceededError', unsaved: true, doc: KEPT });

  const alert = page.locator('#storage-alert');
  assert.equal(await alert.isVisible(), true);
  assert.equal(await alert.getAttribute('role'), 'status', 'a polite region');
  assert.match(await alert.textContent(), /not saved yet/);
  await app.screenshot('storage-alert-phone');

  const retry = page.getByRole('button', { name: 'Retry' });
  await retry.click();  // still failing: the notice stays, the button comes back
  await page.waitForFunction(() => !document.querySelector('#storage-alert button').disabled);
  assert.equal(await alert.isVisible(), true);

  await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
  await page.getByRole('button', { name: 'Retry' }).click();
  await alert.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#announcer').textContent(), 'Saved.');
  assert.equal(await page.evaluate(async () => (await window.t.appStore()).unsaved), false);

  await app.reload();
  assert.equal(await appDoc(page), KEPT);
  assert.equal(await alert.isVisible(), false);
});

test('a failed read is shown, the app stays usable, and Retry reads again', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => {
    window.realGet = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = () => { throw new DOMException('Simulated', 'UnknownError'); };
  });
  await app.open('#/today', page);
  const alert = page.locator('#storage-alert');
  assert.match(await alert.textContent(), /could not read your journal/);
  await page.evaluate(() => { IDBObjectStore.prototype.get = window.realGet; });
  await page.getByRole('button', { name: 'Retry' }).click();
  await alert.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#announcer').textContent(), 'Your journal is back.');
  assert.equal(await appDoc(page), KEPT);
  await page.close();
});
