// Web benchmark: what a first visit costs and how soon the app can be used.
//   LIMBER_SITE=build/site node tests/web/size.bench.mjs       (scripts/dev.sh bench runs it)
// Size: what the server really sent during a first visit, counted by web/tools/serve.mjs,
// from the first request until the service worker has precached the site. Text and the wasm
// travel as the gzip files build-site.mjs made (zopfli); images as they are. Files the page
// has loaded already are only revalidated by the worker ("not modified"). The wasm core and
// everything else (loader, bundle, styles, page, worker, icons, manifest) have budgets too.
// Time: navigation start to <html data-ready> (core loaded, stored journal read), first on a
// fresh profile (network), then on reloads served by the service worker.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { launch, SITE } from './harness.mjs';
import { precacheManifest } from '../../web/tools/build-site.mjs';

const BUDGET = 150_000;        // bytes sent, everything a first visit fetches (issue #7)
const SHELL_BUDGET = 30_000;   // of which everything but the wasm
const RELOADS = 5;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const files = [...precacheManifest(SITE).files.map(({ url }) => url), 'sw.js'];
const onDisk = (url) => {
  const data = readFileSync(join(SITE, url));
  const packed = join(SITE, `${url}.gz`);
  return { raw: data.length, gzip9: gzipSync(data, { level: 9 }).length,
    stored: existsSync(packed) ? readFileSync(packed).length : data.length };
};

let firstVisit = [];
const app = await launch();
const readyAt = (page) => page.evaluate(() => performance.getEntriesByName('limber-ready')[0].startTime);
const requested = new Set();
app.page.on('request', (request) => requested.add(new URL(request.url()).pathname));
try {
  await app.open();
  const cold = await readyAt(app.page);
  await app.serviceWorkerReady();
  firstVisit = app.served();
  const unexpected = [...requested].filter((path) => path !== '/' && !files.includes(path.slice(1)));
  const warm = [];
  for (let i = 0; i < RELOADS; i++) {
    await app.reload();
    warm.push(await readyAt(app.page));
  }
  warm.sort((a, b) => a - b);
  console.log(`time to data-ready: first visit ${cold.toFixed(0)} ms, ` +
    `from the service worker ${warm[RELOADS >> 1].toFixed(0)} ms (median of ${RELOADS})`);
  if (unexpected.length) throw new Error(`requested but not precached: ${unexpected.join(', ')}`);
  if (app.foreignRequests.length) throw new Error(`left the origin: ${app.foreignRequests}`);
} finally {
  await app.close();
}
// index.html is the page itself, asked for as the site's root.
const responsesFor = (url) => firstVisit
  .filter(({ path }) => path === `/${url}` || (url === 'index.html' && path === '/'));
const sentFor = (url) => responsesFor(url).reduce((total, { bytes }) => total + bytes, 0);
const rows = files.map((url) => ({ url, ...onDisk(url), sent: sentFor(url) }))
  .sort((a, b) => b.sent - a.sent);
console.log('file                          raw     gzip -9   .gz (zopfli)   sent on a first visit');
for (const { url, raw, gzip9, stored, sent } of rows) {
  console.log(`${url.padEnd(22)} ${kb(raw).padStart(9)} ${kb(gzip9).padStart(11)} ` +
    `${kb(stored).padStart(14)} ${kb(sent).padStart(14)}`);
}
const total = firstVisit.reduce((sum, { bytes }) => sum + bytes, 0);
const wasm = firstVisit.filter(({ path }) => path.endsWith('.wasm')).reduce((sum, { bytes }) => sum + bytes, 0);
const shell = total - wasm;
const notModified = firstVisit.filter(({ status }) => status === 304).length;
console.log(`${firstVisit.length} responses, ${notModified} of them "not modified"`);
console.log(`wasm core:       ${kb(wasm).padStart(9)}   (the budget leaves it ${kb(BUDGET - shell)} beside the rest)`);
console.log(`everything else: ${kb(shell).padStart(9)}   (budget ${kb(SHELL_BUDGET)})`);
console.log(`first visit:     ${kb(total).padStart(9)}   sent by the server (budget ${kb(BUDGET)})`);
const missing = files.filter((url) => !responsesFor(url).length);
if (missing.length) throw new Error(`never fetched on the first visit: ${missing.join(', ')}`);

const over = [['first visit', total, BUDGET], ['everything but the wasm', shell, SHELL_BUDGET]]
  .filter(([, size, budget]) => size > budget);
for (const [what, size, budget] of over) console.error(`${what}: over budget by ${kb(size - budget)}`);
if (over.length) process.exit(1);
