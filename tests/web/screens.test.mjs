// Every screen and state the screens add, checked by axe (WCAG 2.1 A and AA) at phone and
// desktop widths and in dark mode, and photographed into build/screenshots/web/: the check
// (questions, a missing answer, each result), Today (ready with data, locked, waiting for a
// confirmation), the session (before, running, paused, "this hurts", finished, saved), the
// library and an exercise, progress with data (and editing, and a delete dialog), learn and
// settings (and its delete dialog).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { DESKTOP, PHONE, launch, require } from './harness.mjs';
import { core, startSession, useTestClock } from './flows.mjs';

const { AxeBuilder } = require('@axe-core/playwright');

let app;
before(async () => {
  app = await launch();
  await useTestClock(app.context);
});
after(async () => {
  assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
  await app?.close();
});

async function axeViolations(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target).join(', ')}`);
}

const change = (request) => core(app.page, request, { change: true });

// Opens a route afresh: the same hash again would not re-render, so that reloads.
async function go(path) {
  if (new URL(app.page.url()).hash === path) await app.reload();
  else await app.open(path);
}

async function saveCheck(overrides = {}) {
  const { questions } = await core(app.page, { cmd: 'screening.questions' }).then((r) => r.result);
  const answers = { age: 42 };
  for (const q of questions) if (q.role === 'red_flag' && q.id !== 'child_limp') answers[q.id] = 'no';
  const today = await app.page.evaluate(async () => (await import(new URL('app.js', location.href))).app.today());
  const response = await change({
    cmd: 'screening.evaluate', answers: { ...answers, ...overrides }, date: today, save: true,
  });
  assert.ok(response.ok, JSON.stringify(response.error));
  return today;
}

function daysBefore(date, n) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

// Each state: set up, then it is checked and photographed. `page` is app.page.
const STATES = [
  ['check-intro', async (page) => {
    await change({ cmd: 'document.reset', confirm: 'delete everything' });
    await go('#/check');
  }],
  ['check-questions', async (page) => {
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.locator('.check-form').waitFor();
  }],
  ['check-missing', async (page) => {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.problem:not([hidden])').waitFor();
  }],
  ['check-bladder', async (page) => {
    await page.locator('#q-age').fill('42');
    await page.locator('#q-age').dispatchEvent('change');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: /Bladder/ }).waitFor();
  }],
  ...['emergency:bladder_change', 'urgent:fever', 'soon:shingles_signs', 'self_care:'].map((spec) => {
    const [level, flag] = spec.split(':');
    return [`check-result-${level}`, async (page) => {
      await saveCheck(flag ? { [flag]: 'yes' } : {});
      await go('#/check');
      await page.getByRole('button', { name: 'See that result' }).click();
      await page.locator(`[data-level="${level}"]`).waitFor();
    }];
  }),
  ['today-locked', async (page) => {
    await saveCheck({ bladder_change: 'yes' });
    await go('#/today');
    await page.getByRole('heading', { name: 'Exercises are locked' }).waitFor();
  }],
  ['today-confirm', async (page) => {
    await saveCheck({ shingles_signs: 'yes' });
    await go('#/today');
    await page.locator('.panel-soon').waitFor();
  }],
  ['today-ready', async (page) => {
    const today = await saveCheck();
    await change({ cmd: 'settings.set', activities: ['Putting on socks', 'Walking to the shop'] });
    for (const [n, pain] of [[9, 6], [7, 5], [5, 5], [3, 4], [2, 3]]) {
      await change({ cmd: 'journal.add', entry: {
        type: 'checkin', date: daysBefore(today, n), pain, walking_minutes: 10 + n,
        note: n === 9 ? 'Stiff in the morning.\nBetter after a walk.' : undefined,
      } });
    }
    for (const [n, before, afterwards] of [[8, 6, 5], [6, 5, 4], [3, 4, 3]]) {
      const started = Date.parse(`${daysBefore(today, n)}T09:00:00`);
      await change({ cmd: 'journal.add', entry: {
        type: 'session', date: daysBefore(today, n), plan_day: n === 6 ? 'B' : 'A',
        started_at: started, ended_at: started + 25 * 60000, pain_before: before, pain_after: afterwards,
        exercises: ['marching_in_place', 'glute_bridge', 'clamshell', 'bird_dog'].map((id) => ({
          exercise_id: id, status: 'done', sets_done: 2, reps_done: 10, seconds: 300,
        })),
      } });
    }
    await go('#/today');
    await page.getByRole('link', { name: 'Start today\'s session' }).waitFor();
  }],
  ['session-start', async (page) => {
    await go('#/session');
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  }],
  ['session-running', async (page) => {
    await startSession(page, 3);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.locator('[data-session][data-item="1"]').waitFor();
    await page.evaluate(() => window.__limberTestClock.advance(9000));
    await page.locator('[data-session][data-step="work"]').waitFor();
  }],
  ['session-paused', async (page) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.locator('[data-session][data-state="paused"]').waitFor();
  }],
  ['session-hurts', async (page) => {
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'This hurts' }).click();
    await page.locator('.panel-hurt').waitFor();
  }],
  ['session-finished', async (page) => {
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: 'Session finished' }).waitFor();
  }],
  ['session-saved', async (page) => {
    await page.locator('input[name="pain-after"][value="2"]').check();
    await page.locator('#session-note').fill('Felt looser afterwards.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[data-saved="true"]').waitFor();
  }],
  ['today-done', async (page) => {
    await go('#/today');
    await page.getByRole('heading', { name: 'How are you today?' }).waitFor();
  }],
  ['library', async (page) => {
    await go('#/library');
    await page.locator('.exercise-card').first().waitFor();
  }],
  ['library-exercise', async (page) => {
    await go('#/library/glute_bridge');
    await page.getByRole('heading', { name: 'Steps' }).waitFor();
  }],
  ['progress', async (page) => {
    await go('#/progress');
    await page.locator('.history .entry').first().waitFor();
  }],
  ['progress-edit', async (page) => {
    await page.locator('.history .entry').first().getByRole('button', { name: /^Edit/ }).click();
    await page.locator('.edit-form').waitFor();
  }],
  ['progress-delete', async (page) => {
    await go('#/progress');
    await page.locator('.history .entry').first().getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog').waitFor();
  }],
  ['learn', async (page) => {
    await page.keyboard.press('Escape');
    await go('#/learn');
  }],
  ['settings', async () => {
    await go('#/settings');
  }],
  ['settings-delete', async (page) => {
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByRole('dialog').waitFor();
  }],
];

const LAYOUTS = [
  { name: 'phone', viewport: PHONE, colorScheme: 'light' },
  { name: 'desktop', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
  { name: 'narrow', viewport: { width: 320, height: 640 }, colorScheme: 'light', widthOnly: true },
];

test('axe finds no WCAG 2.1 A/AA violation in any state of any screen, phone, desktop and dark; nothing scrolls sideways from 320 px', async () => {
  const problems = [];
  for (const { name, viewport, colorScheme, widthOnly } of LAYOUTS) {
    await app.page.setViewportSize(viewport);
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await go('#/check');
    for (const [state, setUp] of STATES) {
      await setUp(app.page);
      await app.page.mouse.move(0, 0);
      const { width, text } = await app.page.evaluate(() => ({
        width: document.documentElement.scrollWidth, text: document.body.innerText,
      }));
      if (width > viewport.width) problems.push(`${name} ${state}: ${width}px wide, sideways scrolling`);
      const slip = /\b(null|undefined|NaN)\b|\[object /.exec(text);
      if (slip) problems.push(`${name} ${state}: "${slip[0]}" shown on screen`);
      if (widthOnly) continue;
      for (const v of await axeViolations(app.page)) problems.push(`${name} ${state}: ${v}`);
      await app.screenshot(`${state}-${name}`);
    }
    await app.page.keyboard.press('Escape');
  }
  await app.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await app.page.setViewportSize(PHONE);
  assert.deepEqual(problems, []);
  assert.deepEqual(app.consoleErrors, []);
});

// The habits checklist and the education cards, rendered from the core's answers.
test('the habits checklist and the education cards render their documented shapes, and pass axe', async () => {
  const page = app.page;
  await app.page.setViewportSize(PHONE);
  await go('#/settings');
  await saveCheck({});
  const problems = [];
  for (const colorScheme of ['light', 'dark']) {
    await app.page.emulateMedia({ colorScheme });
    await app.open('#/today');
    // A toggle, not check(): the real journal keeps the first pass's tick, so each pass
    // changes it and waits for that change to be saved.
    const habit = page.locator('.habits input[type="checkbox"]').first();
    const before = await habit.isChecked();
    await habit.click();
    await page.locator('[data-flash="habits"]', { hasText: 'Saved.' }).waitFor();
    assert.equal(await habit.isChecked(), !before);
    await habit.scrollIntoViewIfNeeded();
    for (const v of await axeViolations(page)) problems.push(`${colorScheme} today habits: ${v}`);
    await app.open('#/learn');
    await page.locator('.learn-card summary').first().click();
    assert.match(await page.locator('.learn-card').first().textContent(), /NICE NG59/);
    for (const v of await axeViolations(page)) problems.push(`${colorScheme} learn: ${v}`);
    await app.screenshot(`learn-cards-${colorScheme}`);
  }
  await app.page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(problems, []);
});
