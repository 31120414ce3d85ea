// Steps the screen tests share: answering the check, running a guided session on the test
// clock, calling the running app's core. Each waits for conditions, never for time.
import assert from 'node:assert/strict';

import { launch } from './harness.mjs';

// Browsers for one test file, each closed when the file ends:
//   const apps = launcher();  after(apps.closeAll);  const app = await apps.start();
// start({ testClock: true }) also turns on the test clock; other options go to launch().
export function launcher() {
  const open = [];
  return {
    async start({ testClock = false, ...options } = {}) {
      const app = await launch(options);
      open.push(app);
      if (testClock) await useTestClock(app.context);
      return app;
    },
    async closeAll() {
      for (const app of open.splice(0)) await app.close();
    },
  };
}

// Turns on the app's test clock (web/app/clock.js) in every page of the context.
export async function useTestClock(context) {
  await context.addInitScript(() => localStorage.setItem('limber.testClock', 'on'));
}

// A request to the running app's core, as the screens send it (change: stored first).
export function core(page, request, { change = false } = {}) {
  return page.evaluate(async ({ request, change }) => {
    const { app, ready } = await import(new URL('app.js', location.href));
    await ready;
    return change ? app.change(request) : app.core.call(request);
  }, { request, change });
}

// Answers the check through the screens: "No" to every yes/no question shown, 42 for the
// age, and `answers` where given ({ id: value }). Stops on the result.
export async function answerCheck(page, answers = {}) {
  await page.locator('#screen').getByRole('button', { name: /Start the check|Do the check again/ }).click();
  for (let screen = 0; screen < 20; screen++) {
    await page.locator('.check-form').waitFor();
    const ids = await page.locator('[data-question]:not([hidden])').evaluateAll(
      (fields) => fields.map((f) => [f.dataset.question, 'required' in f.dataset]));
    for (const [id, required] of ids) {
      if (!required && !(id in answers)) continue;
      const value = answers[id] ?? (id === 'age' ? 42 : 'no');
      const number = page.locator(`input[type="number"][name="${id}"]`);
      if (await number.count()) {
        await number.fill(String(value));
        await number.dispatchEvent('change');
        continue;
      }
      const option = page.locator(`input[name="${id}"][value="${value}"]`);
      if (await option.count()) await option.check();
    }
    const last = page.getByRole('button', { name: 'See the result' });
    if (await last.count()) {
      await last.click();
      await page.locator('[data-level]').waitFor();
      return page.locator('[data-level]').getAttribute('data-level');
    }
    const progress = await page.locator('.progress-text').textContent();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction((before) =>
      document.querySelector('.progress-text')?.textContent !== before, progress);
  }
  throw new Error('the check never reached its result');
}

const sessionState = (page) => page.evaluate(() => {
  const root = document.querySelector('[data-session]');
  return root ? { ...root.dataset } : null;
});

// Starts today's session from #/session with the pain before, and waits for the player.
export async function startSession(page, painBefore = 3) {
  await page.locator('input[name="pain-before"][value="' + painBefore + '"]').check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('[data-session][data-state="running"]').waitFor();
}

// Moves the test clock past every step until the session is finished. Returns the steps seen.
export async function runToEnd(page) {
  const seen = [];
  for (let guard = 0; guard < 500; guard++) {
    const state = await sessionState(page);
    if (!state) break;  // the finished screen replaced the player
    seen.push(`${state.item}:${state.step}`);
    await page.evaluate((ms) => window.__limberTestClock.advance(ms), Number(state.remaining) + 5);
  }
  await page.getByRole('heading', { name: 'Session finished' }).waitFor();
  assert.ok(seen.length > 10, `the session went through its steps (${seen.length})`);
  return seen;
}

export async function cueLog(page) {
  return page.evaluate(async () => (await import(new URL('app.js', location.href))).cueLog);
}
