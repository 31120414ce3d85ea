// "This hurts": the screen is then about the exercise that hurt and the choice (the easier one,
// or go on), never the next exercise's clock and buttons; both ways on work, the next exercise
// is announced only once the person goes on, a warm-up with nothing easier says so, and the
// last exercise waits for the person too, then finishes the session.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';

import { DESKTOP } from './harness.mjs';
import { answerCheck, core, cueLog, launcher, startSession } from './flows.mjs';

const apps = launcher();
after(apps.closeAll);

const title = (page) => page.locator('.session-title').textContent();
const item = (page) => page.locator('[data-session]').getAttribute('data-item');
// The core's view at the app's own (test) clock.
const view = (page) => page.evaluate(async () => {
  const { app } = await import(new URL('app.js', location.href));
  return app.core.call({ cmd: 'session.view', now: app.now() }).result;
});

// A session started on the test clock, moved on to the first exercise with an easier step
// (the library knows which) when `easier`, to the last exercise when `last`; otherwise left
// on the first, a warm-up.
async function sessionAt(options, easier, last = false) {
  const app = await apps.start({ testClock: true, ...options });
  const { page } = app;
  await app.open('#/check');
  await answerCheck(page);
  await app.open('#/session');
  await startSession(page, 4);
  for (let guard = 0; easier && guard < 20; guard++) {
    const { exercise_id: id } = await view(page);
    const exercise = (await core(page, { cmd: 'exercise.get', id })).result;
    if (exercise.easier_exercises.length) break;
    await skip(page);
  }
  for (let guard = 0; last && guard < 30; guard++) {
    const { item: at, item_count: count } = await view(page);
    if (at === count - 1) break;
    await skip(page);
  }
  await page.evaluate(() => window.__limberTestClock.advance(12000));  // into the work
  await page.locator('[data-session][data-step="work"]').waitFor();
  return { app, page, hurtName: await title(page), hurtItem: Number(await item(page)) };
}

async function skip(page) {
  const before = await item(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.waitForFunction((i) => document.querySelector('[data-session]').dataset.item !== i, before);
}

// Presses "This hurts" and checks the screen is about that exercise, with nothing of the next.
async function pressHurts(page, hurtName, hurtItem) {
  await page.getByRole('button', { name: 'This hurts' }).click();
  const panel = page.locator('.panel-hurt');
  await panel.waitFor();
  const now = await view(page);
  assert.equal(now.state, 'paused');
  assert.equal(await title(page), hurtName, 'the heading names the exercise that hurt');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), hurtName);
  assert.equal(await page.locator('.session-progress').textContent(),
    `Exercise ${hurtItem + 1} of ${now.item_count}`);
  assert.equal(now.hurt.name, hurtName);
  assert.equal(now.hurt.next_name, now.name, 'the next exercise waits to get ready');
  for (const name of ['Back', 'Skip', 'Pause', 'Resume', 'This hurts'])
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `no ${name}`);
  assert.equal(await page.getByRole('timer').count(), 0, 'no countdown for another exercise');
  assert.equal(await page.locator('.session-figure').isVisible(), false);
  assert.match(await panel.textContent(), /noted that it hurt/);
  assert.ok((await panel.textContent()).includes(now.hurt.text), 'the core words the choice');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'hurt-title');
  const cues = await cueLog(page);
  assert.notEqual(cues.at(-1)?.text, now.hurt.next_name, 'the next one is not announced yet');
  return { panel, hurt: now.hurt };
}

test('"This hurts" is about the exercise that hurt, and the easier one can be tried', async () => {
  const { app, page, hurtName, hurtItem } = await sessionAt({}, true);
  const { panel, hurt } = await pressHurts(page, hurtName, hurtItem);
  assert.ok(hurt.easier, 'an easier step suits');
  const primary = panel.locator('.button-primary');
  assert.equal(await primary.count(), 1, 'one primary action');
  assert.equal(await primary.textContent(), `Try ${hurt.easier.name}`);
  await panel.getByRole('button', { name: `Go on to ${hurt.next_name}` }).waitFor();
  await app.screenshot('hurts-easier-phone');

  await primary.click();
  await page.locator('[data-session][data-state="running"]').waitFor();
  assert.equal(await title(page), hurt.easier.name, 'the easier one runs');
  assert.equal(await item(page), String(hurtItem + 1));
  assert.equal(await page.locator('.panel-hurt').isVisible(), false);
  assert.ok(await page.getByRole('timer').isVisible());
  await page.getByRole('button', { name: 'Skip' }).waitFor();
  assert.equal((await view(page)).exercise_id, hurt.easier.id);
  assert.deepEqual(app.consoleErrors, []);
});

test('"Go on" moves to the next exercise and announces it then', async () => {
  const { app, page, hurtName, hurtItem } = await sessionAt({ viewport: DESKTOP }, true);
  const { panel, hurt } = await pressHurts(page, hurtName, hurtItem);
  await app.screenshot('hurts-go-on-desktop');
  await panel.getByRole('button', { name: `Go on to ${hurt.next_name}` }).click();
  await page.locator('[data-session][data-state="running"]').waitFor();
  assert.equal(await title(page), hurt.next_name);
  assert.equal(await item(page), String(hurtItem + 1));
  assert.equal(await page.locator('[data-session]').getAttribute('data-step'), 'get_ready');
  const cues = await cueLog(page);
  assert.equal(cues.at(-1).text, hurt.next_name, 'announced once the person goes on');
  assert.deepEqual(app.consoleErrors, []);
});

test('"This hurts" with nothing easier says so plainly and offers to go on', async () => {
  const { app, page, hurtName, hurtItem } = await sessionAt({}, false);
  const { panel, hurt } = await pressHurts(page, hurtName, hurtItem);
  assert.equal(hurt.easier, null);
  assert.match(await panel.textContent(), /There is no easier version of this one/);
  assert.equal(await panel.getByRole('button', { name: /^Try / }).count(), 0);
  const primary = panel.locator('.button-primary');
  assert.equal(await primary.textContent(), `Go on to ${hurt.next_name}`);
  await app.screenshot('hurts-nothing-easier-phone');
  await primary.click();
  await page.locator('[data-session][data-state="running"]').waitFor();
  assert.equal(await title(page), hurt.next_name);

  // The stop is in the journal once the session is saved.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('[data-saved="true"]').waitFor();
  const [entry] = (await core(page, { cmd: 'journal.list', type: 'session' })).result.entries;
  assert.equal(entry.exercises[hurtItem].status, 'stopped_hurts');
  assert.deepEqual(app.consoleErrors, []);
});

test('"This hurts" on the last exercise waits for the person, then finishes the session', async () => {
  const { app, page, hurtName } = await sessionAt({}, false, true);
  await page.getByRole('button', { name: 'This hurts' }).click();
  const panel = page.locator('.panel-hurt');
  await panel.waitFor();
  const now = await view(page);
  assert.equal(now.state, 'paused', 'not finished while the person reads and chooses');
  assert.equal(now.hurt.name, hurtName);
  assert.equal(now.hurt.next_name, null, 'nothing comes next');
  assert.ok((await panel.textContent()).includes(now.hurt.text), 'the core words it');
  assert.match(now.hurt.text, /last exercise today/);
  const primary = panel.locator('.button-primary');
  assert.equal(await primary.count(), 1, 'one primary action');
  assert.equal(await primary.textContent(), 'Finish the session');
  assert.equal(await page.getByRole('button', { name: 'End session' }).count(), 0,
    'not a second button that does the same');
  await app.screenshot('hurts-last-phone');
  await primary.click();
  await page.getByRole('heading', { name: 'Session finished' }).waitFor();
  assert.deepEqual(app.consoleErrors, []);
});
