// How the screens behave beyond the happy path: keyboard only, reduced motion, journals that
// cannot be read or come from a newer Limber, two tabs, settings (activities, delete all,
// import), and the two commands the core is about to gain (habits, education cards).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

import { journalDoc } from './harness.mjs';
import { answerCheck, core, launcher, startSession } from './flows.mjs';

const apps = launcher();
after(apps.closeAll);
const start = () => apps.start({ testClock: true });

const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e.tagName.toLowerCase(), name: e.name || '', value: e.value || '', text: e.textContent.trim() };
});

// Presses Tab until the focused element matches; fails after `limit` presses.
async function tabTo(page, matches, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (matches(element)) return element;
  }
  throw new Error('Tab never reached the element');
}

test('keyboard only: the whole check, then a session started, paused, ended and saved', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/check');
  await tabTo(page, (e) => e.text === 'Start the check');
  await page.keyboard.press('Enter');
  for (let screen = 0; screen < 12; screen++) {
    await page.locator('.check-form').waitFor();
    const questions = await page.locator('[data-question][data-required]:not([hidden])').evaluateAll(
      (fields) => fields.map((f) => f.dataset.question));
    for (const id of questions) {
      const e = await tabTo(page, (x) => x.name === id);
      if (e.tag === 'input' && (await page.locator(`input[name="${id}"]`).count()) === 1) {
        await page.keyboard.type('42');
      } else {
        await page.keyboard.press('ArrowRight');  // from "Yes" to "No": arrows move and select
        assert.equal((await focused(page)).value, 'no');
      }
    }
    const button = await tabTo(page, (x) => x.text === 'Next' || x.text === 'See the result');
    await page.keyboard.press('Enter');
    if (button.text === 'See the result') break;
  }
  await page.locator('[data-level="self_care"]').waitFor();

  await tabTo(page, (e) => e.text === 'Go to today\'s plan');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Today\'s session' }).waitFor();
  await tabTo(page, (e) => e.text === 'Start today\'s session');
  await page.keyboard.press('Enter');
  await tabTo(page, (e) => e.name === 'pain-before');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await tabTo(page, (e) => e.text === 'Start');
  await page.keyboard.press('Enter');
  await page.locator('[data-session][data-state="running"]').waitFor();
  await tabTo(page, (e) => e.text === 'Pause');
  await page.keyboard.press('Enter');
  await page.locator('[data-session][data-state="paused"]').waitFor();
  await page.keyboard.press('Enter');  // the same button now resumes
  await page.locator('[data-session][data-state="running"]').waitFor();
  await tabTo(page, (e) => e.text === 'End session');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Session finished' }).waitFor();
  await tabTo(page, (e) => e.name === 'pain-after');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, (e) => e.text === 'Save');
  await page.keyboard.press('Enter');
  await page.locator('[data-saved="true"]').waitFor();
  const [entry] = (await core(page, { cmd: 'journal.list', type: 'session' })).result.entries;
  assert.equal(entry.pain_before, 3);
  assert.equal(entry.pain_after, 1);
  assert.deepEqual(app.consoleErrors, []);
});

test('reduced motion: still key poses for the figure, and no transitions', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/check');
  await answerCheck(page);
  const figureAt = async () => {
    await page.evaluate(() => window.__limberTestClock.advance(1300));
    return page.locator('.session-figure').innerHTML();
  };
  const sample = async (reducedMotion) => {
    await page.emulateMedia({ reducedMotion });
    await app.open('#/session');
    await startSession(page);
    await page.evaluate(() => window.__limberTestClock.advance(6000));  // into the work
    await page.locator('[data-session][data-step="work"]').waitFor();
    const frames = [await figureAt(), await figureAt(), await figureAt()];
    const transition = await page.locator('.button').first()
      .evaluate((b) => getComputedStyle(b).transitionDuration);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'Don\'t save' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { name: 'Today', exact: true, level: 1 }).waitFor();
    return { distinct: new Set(frames).size, transition };
  };
  const reduced = await sample('reduce');
  assert.equal(reduced.distinct, 1, 'the figure holds still');
  assert.equal(reduced.transition, '0s');
  const moving = await sample('no-preference');
  assert.ok(moving.distinct > 1, 'without the preference the figure moves with the count');
  assert.deepEqual(app.consoleErrors, []);
});

const storedRecords = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const request = indexedDB.open('limber');
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const store = request.result.transaction('journal').objectStore('journal');
    const keys = store.getAllKeys();
    const values = store.getAll();
    values.onsuccess = () => {
      resolve(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
      request.result.close();
    };
  };
}));

async function storeRaw(page, doc) {
  await page.evaluate(async (text) => {
    const { app, ready } = await import(new URL('app.js', location.href));
    await ready;
    await app.store.save(text);
  }, doc);
}

test('an unreadable journal is kept aside untouched, the person is told, and a new one starts', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/today');
  await storeRaw(page, '{not json');
  await app.reload();
  const notice = page.locator('#document-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be read.*kept aside.*stored on this device as "unreadable-/s);
  const records = await storedRecords(page);
  const kept = Object.keys(records).filter((key) => key.startsWith('unreadable-'));
  assert.equal(kept.length, 1);
  assert.equal(records[kept[0]].doc, '{not json', 'the old bytes are kept exactly');
  assert.match(records.document.doc, /"schema_version"/, 'a new journal is stored');
  await app.reload();
  assert.equal(await notice.isHidden(), true, 'the new journal opens without a notice');

  // "Delete all data" leaves nothing of the old journal: the kept copy goes too.
  await app.open('#/settings');
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await page.waitForFunction(() => location.hash === '#/check');
  assert.deepEqual(Object.keys(await storedRecords(page)), ['document']);
  assert.deepEqual(app.foreignRequests, []);
});

test('a journal from a newer Limber is read-only and never written', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/today');
  const newer = '{"schema_version": 99, "entries": []}';
  await storeRaw(page, newer);
  await app.reload();
  await page.locator('#document-notice', { hasText: 'Read only' }).waitFor();
  await app.open('#/settings');
  await page.getByRole('switch', { name: 'Tones' }).click();
  await page.locator('.status-line', { hasText: /newer/ }).waitFor();
  assert.equal((await storedRecords(page)).document.doc, newer);
});

test('two tabs: a check-in saved in one shows in the other, and both of two at once are kept', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/check');
  await answerCheck(page);
  const other = await app.newPage();
  await app.open('#/progress', other);
  await app.open('#/today');
  await page.locator('input[name="checkin-pain"][value="5"]').check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('[data-flash="checkin"]', { hasText: 'saved' }).waitFor();
  await other.locator('.history .entry').first().waitFor();
  assert.match(await other.locator('.history').textContent(), /Pain 5 out of 10/);

  const add = (target, pain) => target.evaluate(async (pain) => {
    const { app: running } = await import(new URL('app.js', location.href));
    return running.change({ cmd: 'journal.add', entry: { type: 'checkin', date: running.today(), pain } });
  }, pain);
  const results = await Promise.all([add(page, 6), add(other, 7)]);
  assert.ok(results.every((r) => r.ok && r.saved));
  const stored = JSON.parse((await storedRecords(page)).document.doc);
  const pains = stored.entries.filter((e) => e.type === 'checkin').map((e) => e.pain).sort();
  assert.deepEqual(pains, [5, 6, 7], 'no tab lost the other\'s check-in');
  await other.close();
});

test('settings: activities to rate, import that merges, and deleting everything', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/check');
  await answerCheck(page);
  await app.open('#/settings');
  await page.locator('#activity-0').fill('Putting on socks');
  await page.getByRole('button', { name: 'Save activities' }).click();
  await page.locator('.status-line', { hasText: 'Saved.' }).waitFor();
  await app.open('#/today');
  await page.locator('input[name="checkin-pain"][value="3"]').check();
  await page.getByRole('group', { name: /Putting on socks/ }).getByRole('radio', { name: '7' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('[data-flash="checkin"]', { hasText: 'saved' }).waitFor();
  const [checkin] = (await core(page, { cmd: 'journal.list', type: 'checkin' })).result.entries;
  assert.deepEqual(checkin.activities, [{ name: 'Putting on socks', score: 7 }]);

  // A backup with one more check-in merges in, and the summary says what changed.
  const backup = JSON.parse(journalDoc('from a backup'));
  backup.entries.push({ id: 'checkin-2026-01-05-1', type: 'checkin', date: '2026-01-05', pain: 2 });
  const file = join(tmpdir(), `limber-import-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(backup));
  await app.open('#/settings');
  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Add to my journal' }).click();
  await page.locator('[data-imported="yes"]').waitFor();
  assert.match(await page.locator('[data-imported]').textContent(),
    /^Added 1 entry from the file\./);
  assert.equal((await core(page, { cmd: 'journal.list', type: 'checkin' })).result.entries.length, 2);

  // Delete all data: asked first; "Keep my data" keeps it.
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Keep my data' }).click();
  assert.equal((await core(page, { cmd: 'journal.list' })).result.entries.length, 2);
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await page.waitForFunction(() => location.hash === '#/check');
  assert.equal((await core(page, { cmd: 'journal.list' })).result.entries.length, 0);
  assert.equal((await core(page, { cmd: 'screening.latest' })).result, null);
  const stored = JSON.parse((await storedRecords(page)).document.doc);
  assert.deepEqual(stored.entries, [], 'the empty journal is what is stored');
  assert.deepEqual(app.foreignRequests, []);
});

test('daily habits: ticked on Today and kept', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/check');
  const probe = await core(page, { cmd: 'checklist.get', date: '2026-11-16' });
  assert.equal(probe.ok, true, 'the core answers checklist.get');
  await answerCheck(page);
  await app.open('#/today');
  const first = page.locator('.habits input[type="checkbox"]').first();
  await first.check();
  await page.locator('[data-flash="habits"]', { hasText: 'Saved.' }).waitFor();
  await app.reload();
  assert.equal(await page.locator('.habits input[type="checkbox"]').first().isChecked(), true);
});

test('Learn shows every education card with its sources', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/learn');
  const probe = await core(page, { cmd: 'education.cards' });
  assert.equal(probe.ok, true, 'the core answers education.cards');
  const { cards } = probe.result;
  assert.equal(await page.locator('.learn-card').count(), cards.length);
  for (const card of cards) {
    const article = page.locator('.learn-card', { has: page.getByRole('heading', { name: card.title }) });
    await article.locator('summary').click();
    for (const source of card.sources) {
      assert.ok((await article.textContent()).includes(source), `${card.id} cites ${source}`);
    }
  }
});

test('the check hides what the answers rule out (asked of the core), and a new symptom offers it again', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/check');
  await page.getByRole('button', { name: 'Start the check' }).click();
  const next = async () => {
    const ids = await page.locator('[data-question][data-required]:not([hidden])').evaluateAll(
      (fields) => fields.map((f) => f.dataset.question));
    for (const id of ids) {
      const no = page.locator(`input[name="${id}"][value="no"]`);
      if (await no.count()) await no.check();
    }
    const before = await page.locator('.progress-text').textContent();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction((b) => document.querySelector('.progress-text').textContent !== b, before);
  };
  const age = async (years) => {
    await page.locator('#q-age').fill(String(years));
    await page.locator('#q-age').dispatchEvent('change');
  };
  await age(12);
  while (!(await page.getByRole('heading', { name: 'Falls and injuries' }).count())) await next();
  assert.equal(await page.locator('[data-question="child_limp"]').isVisible(), true, 'asked at 12');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Back' }).click();
  await age(42);
  while (!(await page.getByRole('heading', { name: 'Falls and injuries' }).count())) await next();
  assert.equal(await page.locator('[data-question="child_limp"]').isHidden(), true, 'not asked at 42');

  await app.open('#/today');
  await app.open('#/check');
  await answerCheck(page);
  await app.open('#/today');
  assert.equal(await page.getByRole('heading', { name: 'Please do the check again' }).count(), 0);
  await page.locator('input[name="checkin-pain"][value="3"]').check();
  await page.locator('input[name="checkin-new-symptom"][value="yes"]').check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('heading', { name: 'Please do the check again' }).waitFor();
  await page.getByRole('link', { name: 'Do the check again' }).first().click();
  await page.waitForFunction(() => location.hash === '#/check');
});

test('library: search and filters from the core, and an exercise in full with its easier step', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/library');
  const count = () => page.locator('.exercise-card').count();
  const all = await count();
  assert.ok(all > 20, `${all} exercises`);
  await page.locator('#library-search').fill('bridge');
  await page.locator('.result-count', { hasText: /^[0-9]+ exercises?$/ }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('.exercise-card').length < n, all);
  assert.ok((await page.locator('.exercise-card h2').allTextContents()).includes('Glute bridge'));
  await page.locator('#library-search').fill('');
  await page.getByText('Filters').click();
  await page.locator('#filter-position').selectOption({ label: 'Lying on your back' });
  await page.waitForFunction((n) => document.querySelectorAll('.exercise-card').length < n, all);
  for (const meta of await page.locator('.exercise-card .meta').allTextContents()) {
    assert.match(meta, /^Lying on your back/);
  }
  await page.getByRole('link', { name: 'Glute bridge', exact: true }).click();
  await page.getByRole('heading', { name: 'Glute bridge', level: 1 }).waitFor();
  for (const heading of ['Steps', 'Tips', 'What you should feel', 'Stop if', 'Easier']) {
    assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 1, heading);
  }
  assert.ok(await page.locator('ol.steps li').count() >= 3);
  assert.equal(await page.getByRole('img', { name: /Glute bridge/ }).count(), 1, 'the picture is named');
  await page.getByRole('link', { name: 'Pelvic tilt' }).click();
  await page.getByRole('heading', { name: 'Pelvic tilt', level: 1 }).waitFor();
  await page.getByRole('link', { name: '← All exercises' }).click();
  assert.equal(await page.locator('#filter-position').inputValue(), 'supine', 'the filters are kept');
  assert.deepEqual(app.consoleErrors, []);
});
