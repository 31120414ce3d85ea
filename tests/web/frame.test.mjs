// The app frame: routing, focus, keyboard, accessibility (axe) and layout at phone and
// desktop widths, light and dark. Leaves a screenshot of every route in build/screenshots/web/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { DESKTOP, PHONE, ROUTES, launch, require } from './harness.mjs';

const { AxeBuilder } = require('@axe-core/playwright');
const NAV = ['today', 'library', 'progress', 'learn', 'settings'];

let app;
before(async () => { app = await launch(); });
after(async () => {
  assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
  await app?.close();
});

const activeElement = () => app.page.evaluate(() => {
  const element = document.activeElement;
  return {
    tag: element.tagName.toLowerCase(),
    text: element.textContent.trim(),
    href: element.getAttribute('href'),
    inScreen: Boolean(element.closest('#screen')),
  };
});

test('with nothing stored, the red-flag check comes first', async () => {
  await app.open();
  assert.equal(new URL(app.page.url()).hash, '#/check');
  assert.equal(await app.page.locator('#screen h1').textContent(), 'Check for warning signs');
  assert.equal((await activeElement()).tag, 'body', 'loading does not move focus');
  assert.equal(await app.page.locator('[aria-current="page"]').count(), 0);
  assert.deepEqual(app.foreignRequests, []);
});

test('navigating moves focus to the new heading and marks the current link', async () => {
  await app.open('#/today');
  await app.page.getByRole('link', { name: 'Library' }).click();
  await app.page.waitForFunction(() => location.hash === '#/library');
  assert.deepEqual(await activeElement(),
    { tag: 'h1', text: 'Exercise library', href: null, inScreen: true });
  assert.equal(await app.page.title(), 'Exercise library · Limber');
  const current = app.page.locator('nav [aria-current="page"]');
  assert.equal(await current.count(), 1);
  assert.equal(await current.getAttribute('href'), '#/library');

  await app.page.goBack();
  await app.page.waitForFunction(() => document.activeElement.textContent === 'Today');
  assert.equal(await current.getAttribute('href'), '#/today');
  assert.deepEqual(app.foreignRequests, []);
});

test('an unknown route falls back to the start route', async () => {
  await app.open('#/nowhere');
  assert.equal(new URL(app.page.url()).hash, '#/check');
  assert.deepEqual(app.consoleErrors, []);
});

test('keyboard: the skip link comes first and works, then Tab reaches every nav link', async () => {
  await app.open('#/progress');
  await app.page.keyboard.press('Tab');
  let focused = await activeElement();
  assert.equal(focused.text, 'Skip to content');
  const box = await app.page.locator('.skip').boundingBox();
  assert.ok(box && box.y >= 0 && box.height >= 48, `the focused skip link is visible: ${JSON.stringify(box)}`);
  await app.page.keyboard.press('Enter');
  focused = await activeElement();
  assert.deepEqual(focused, { tag: 'h1', text: 'Your progress', href: null, inScreen: true });
  assert.equal(new URL(app.page.url()).hash, '#/progress', 'skipping does not change the route');

  await app.reload();
  const reached = [];
  for (let i = 0; i < 1 + NAV.length; i++) {
    await app.page.keyboard.press('Tab');
    reached.push((await activeElement()).href);
  }
  assert.deepEqual(reached, ['#main', ...NAV.map((route) => `#/${route}`)]);
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => location.hash === '#/settings');
  assert.equal((await activeElement()).text, 'Settings');
  assert.deepEqual(app.foreignRequests, []);
});

const LAYOUTS = [
  { name: 'phone', viewport: PHONE, colorScheme: 'light' },
  { name: 'desktop', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
];

// axe on the page as it settles: a notice fading in would measure as low contrast.
async function axeViolations() {
  await app.page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  // Legacy mode runs axe in the page alone; the app has no frames, and it is 3× faster.
  const { violations } = await new AxeBuilder({ page: app.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('axe finds no WCAG 2.1 A/AA violation on any route, at phone and desktop widths, and dark', async () => {
  const problems = [];
  for (const { name, viewport, colorScheme } of LAYOUTS) {
    await app.page.setViewportSize(viewport);
    await app.page.emulateMedia({ colorScheme });
    for (const route of ROUTES) {
      await app.open(`#/${route}`);
      await app.page.mouse.move(0, 0);  // no hover left over from earlier clicks
      for (const v of await axeViolations()) problems.push(`${name} #/${route}: ${v}`);
      await app.screenshot(`${route}-${name}`);
    }
  }
  await app.page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(problems, []);
  assert.deepEqual(app.foreignRequests, []);
});

test('the update banner and the storage notice pass axe too, light and dark', async () => {
  const problems = [];
  for (const { name, viewport, colorScheme } of LAYOUTS) {
    await app.page.setViewportSize(viewport);
    await app.page.emulateMedia({ colorScheme });
    await app.open('#/today');
    await app.page.evaluate(async () => {
      const { showNotice } = await import(new URL('app.js', location.href));
      showNotice(document.getElementById('update-banner'), 'tpl-update');
      showNotice(document.getElementById('storage-alert'), 'tpl-save-failed');
    });
    for (const v of await axeViolations()) problems.push(`${name}: ${v}`);
    await app.screenshot(`notices-${name}`);
  }
  await app.page.evaluate(async () => {
    const { clearNotice } = await import(new URL('app.js', location.href));
    clearNotice(document.getElementById('update-banner'));
    clearNotice(document.getElementById('storage-alert'));
  });
  await app.page.setViewportSize(PHONE);
  await app.page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(problems, []);
});

test('large type, big touch targets, and no sideways scrolling from 320 px up', async () => {
  for (const viewport of [{ width: 320, height: 640 }, PHONE, DESKTOP]) {
    await app.page.setViewportSize(viewport);
    for (const route of ROUTES) {
      await app.open(`#/${route}`);
      const layout = await app.page.evaluate(() => ({
        fontSize: parseFloat(getComputedStyle(document.body).fontSize),
        scrollWidth: document.documentElement.scrollWidth,
        targets: [...document.querySelectorAll('nav a, button, .button, .choice span, summary, .skip')]
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => {
            const { width, height } = element.getBoundingClientRect();
            return { text: element.textContent.trim(), width, height };
          }),
      }));
      if (viewport.width === 320 && route === 'settings') await app.screenshot('settings-320');
      assert.ok(layout.fontSize >= 18, `body text is ${layout.fontSize}px`);
      assert.ok(layout.scrollWidth <= viewport.width,
        `${viewport.width}px wide, #/${route}: the page is ${layout.scrollWidth}px wide`);
      assert.ok(layout.targets.length >= NAV.length + 1, 'every nav link and the skip link measured');
      for (const target of layout.targets) {
        if (target.text === 'Skip to content') continue;  // off screen until focused (checked above)
        assert.ok(target.width >= 48 && target.height >= 48,
          `${viewport.width}px #/${route}: "${target.text}" is ${target.width}×${target.height}`);
      }
    }
  }
  await app.page.setViewportSize(PHONE);
  assert.deepEqual(app.foreignRequests, []);
});

test('notices animate only when motion is welcome', async () => {
  await app.open('#/today');
  const animation = () => app.page.evaluate(() => {
    const banner = document.getElementById('update-banner');
    banner.hidden = false;
    const name = getComputedStyle(banner).animationName;
    banner.hidden = true;
    return name;
  });
  await app.page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.notEqual(await animation(), 'none');
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await animation(), 'none');
  assert.deepEqual(app.consoleErrors, []);
});
