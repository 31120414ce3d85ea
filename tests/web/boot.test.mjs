// The web app boots: the wasm core loads under the strict CSP and its output is shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launch } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

test('the page becomes interactive and shows a value computed by the wasm core', async () => {
  await app.open('#/settings');
  const about = app.page.locator('[data-about]');
  const files = Number(await about.getAttribute('data-asset-files'));
  assert.ok(files > 0, `the core reported ${files} content files`);
  assert.match(await about.textContent(), new RegExp(`loaded ${files} content files`));
  assert.deepEqual(app.consoleErrors, [], 'no errors in the console (CSP, wasm, script)');
  assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
});

test('Chromium finds the app installable from its manifest and icons', async () => {
  await app.open();
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await app.context.newCDPSession(app.page);
  try {
    const { errors } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, [], 'the manifest parses cleanly');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'nothing stops "Install Limber"');
  } finally {
    await cdp.detach();
  }
});
