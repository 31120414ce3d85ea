// The whole journey through the screens, wired to the wasm core: the check with no warning
// signs, Today, a guided session on the test clock (every step, its cues), pain after, saved,
// a check-in, Progress, reloads online and offline, and a backup that imports back exactly.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

import { answerCheck, core, cueLog, launcher, runToEnd, startSession } from './flows.mjs';

const XSS = '<img src=x onerror=alert(1)>';
const apps = launcher();
after(apps.closeAll);

// On the test clock, and any dialog (there should be none) is recorded and dismissed.
async function start() {
  const app = await apps.start({ testClock: true });
  app.dialogs = [];
  app.context.on('page', (page) => page.on('dialog', (d) => { app.dialogs.push(d.message()); d.dismiss(); }));
  app.page.on('dialog', (d) => { app.dialogs.push(d.message()); d.dismiss(); });
  return app;
}

async function exportFile(app, name) {
  await app.open('#/settings');
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name }).click(),
  ]);
  const path = join(tmpdir(), `limber-${process.pid}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

test('check, session, check-in, progress, reload, offline, export and import back', async () => {
  const app = await start();
  const { page } = app;

  // First run: the check comes first and finds nothing.
  await app.open();
  assert.equal(new URL(page.url()).hash, '#/check');
  assert.equal(await answerCheck(page), 'self_care');
  assert.equal(await page.locator('h1').textContent(), 'No warning signs found');
  await page.locator('[data-saved]', { hasText: 'saved on this device' }).waitFor();
  assert.match(await page.locator('.not-diagnosis').textContent(), /not a diagnosis/);

  // Today: one primary action.
  await page.getByRole('link', { name: 'Go to today\'s plan' }).click();
  await page.getByRole('heading', { name: 'Today\'s session' }).waitFor();
  assert.ok(await page.locator('.exercise-list li').count() > 3, 'today lists its exercises');
  assert.equal(await page.locator('#screen .button-primary').count(), 1, 'one primary action');

  // The guided session, every step, on the test clock.
  await page.getByRole('link', { name: 'Start today\'s session' }).click();
  await startSession(page, 3);
  const first = await page.locator('[data-session]').getAttribute('data-item');
  assert.equal(first, '0');
  assert.match(await page.locator('.session-progress').textContent(), /^Exercise 1 of \d+$/);
  assert.match(await page.locator('.countdown').textContent(), /^\d+:\d\d$/);
  assert.equal(await page.locator('.session-figure svg').count(), 1, 'the picture is inline');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.locator('[data-session][data-state="paused"]').waitFor();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.locator('[data-session][data-state="running"]').waitFor();
  // The countdown is announced politely at cues, not every second.
  const live = page.locator('[data-cue-live]');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await page.evaluate(() => window.__limberTestClock.advance(1000));
  const quiet = await live.textContent();
  await page.evaluate(() => window.__limberTestClock.advance(1000));
  assert.equal(await live.textContent(), quiet, 'a second passing announces nothing');
  const left = Number(await page.locator('[data-session]').getAttribute('data-remaining'));
  await page.evaluate((ms) => window.__limberTestClock.advance(ms), left + 5);
  assert.equal(await live.textContent(), 'Go');
  const steps = await runToEnd(page);
  assert.ok(steps.some((s) => s.endsWith(':rest')), 'rests were timed');
  const cues = await cueLog(page);
  const kinds = new Set(cues.map((c) => c.kind));
  for (const kind of ['next_exercise', 'go', 'halfway', 'last_5_seconds', 'switch_sides', 'rest', 'session_done']) {
    assert.ok(kinds.has(kind), `a "${kind}" cue was produced (${[...kinds]})`);
  }
  assert.ok(cues.length > 20, `${cues.length} cues`);

  // Pain after, a note that looks like markup, Save: saved only once stored.
  await page.locator('input[name="pain-after"][value="2"]').check();
  await page.locator('#session-note').fill(XSS);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('[data-saved="true"]').waitFor();
  const stored = await page.evaluate(async () => {
    const { app } = await import(new URL('app.js', location.href));
    return app.store.doc;
  });
  assert.match(stored, /"pain_after":2/, 'the stored document holds the session');

  // The daily check-in.
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await page.locator('input[name="checkin-pain"][value="4"]').check();
  await page.locator('#checkin-walking').fill('20');
  await page.locator('#checkin-note').fill(XSS);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('[data-flash="checkin"]', { hasText: 'Check-in saved.' }).waitFor();

  // Progress: the entries, the chart, the note as text.
  const checkProgress = async () => {
    await app.open('#/progress');
    await page.locator('.history .entry').first().waitFor();
    assert.equal(await page.locator('.history .entry').count(), 2);
    const notes = await page.locator('.history .note').allTextContents();
    assert.deepEqual(notes, [`Note: ${XSS}`, `Note: ${XSS}`]);
    assert.equal(await page.locator('.history img').count(), 0, 'no element made from a note');
    assert.equal(await page.locator('.chart .point').count(), 1, 'today\'s pain is on the chart');
    assert.match(await page.locator('[data-pain-summary]').textContent(), /1 day with a pain score/);
    assert.match(await page.locator('.history').textContent(), /Pain before 3, after 2/);
  };
  await checkProgress();
  await app.screenshot('progress-data-phone');

  await app.reload();
  await checkProgress();

  // Offline: the server is gone; the app and the journal are still there.
  await app.serviceWorkerReady();
  await app.stopServer();
  await app.reload();
  await checkProgress();

  // A backup: JSON and CSV; the JSON imports into a fresh profile and exports identically.
  const json = await exportFile(app, 'Save a backup (JSON)');
  assert.match(json.name, /^limber-journal-\d{4}-\d\d-\d\d\.json$/);
  const csv = await exportFile(app, 'Save a table for your physio (CSV)');
  assert.match(csv.text.split('\r\n')[0], /^date,type,id,pain/);

  const other = await start();
  await other.open('#/settings');
  await other.page.locator('#import-file').setInputFiles(json.path);
  await other.page.getByRole('button', { name: 'Replace my journal with it' }).click();
  await other.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await other.page.locator('[data-imported="yes"]').waitFor();
  const again = await exportFile(other, 'Save a backup (JSON)');
  assert.equal(again.text, json.text, 'the re-exported backup is byte-identical');
  await other.open('#/progress');
  assert.equal(await other.page.locator('.history .entry').count(), 2);

  assert.deepEqual(app.dialogs, [], 'no script ran from a note');
  assert.deepEqual(other.dialogs, []);
  assert.deepEqual(app.consoleErrors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)), []);
  assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
  assert.deepEqual(other.foreignRequests, []);
});

test('bladder_change yes: the emergency advice, and the programme is locked', async () => {
  const app = await start();
  const { page } = app;
  await app.open('#/check');
  assert.equal(await answerCheck(page, { bladder_change: 'yes' }), 'emergency');
  assert.equal(await page.locator('h1').textContent(), 'Get help now');
  assert.match(await page.locator('.verdict-first').textContent(), /emergency/);
  assert.match(await page.locator('.reasons').textContent(), /peeing or bladder/);
  assert.equal(await page.getByRole('link', { name: 'Go to today\'s plan' }).count(), 0);
  await app.screenshot('check-emergency-phone');

  await app.open('#/today');
  await page.getByRole('heading', { name: 'Exercises are locked' }).waitFor();
  assert.equal(await page.getByRole('link', { name: /Start today's session/ }).count(), 0);
  await app.open('#/session');
  assert.equal(await page.getByRole('button', { name: 'Start', exact: true }).count(), 0,
    'no way to start a session');
  const refused = await core(page, { cmd: 'session.start', date: '2026-11-16', now: 1 });
  assert.equal(refused.error.code, 'locked');
  assert.deepEqual(app.foreignRequests, []);
});
