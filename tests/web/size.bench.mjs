// Web benchmark: what a first visit costs and how soon the app can be used.
//   LIMBER_SITE=build/site node tests/web/size.bench.mjs       (scripts/dev.sh bench runs it)
// Size: a first visit ends with every file of the site precached, so it downloads each file
// once (the service worker's own fetches revalidate what the page already has). The budget is
// the sum of what a static host sends: text and wasm gzipped (-9), and images as they are,
// since hosts do not compress PNGs again. The wasm core and everything else (the shell: loader,
// bundle, styles, page, worker, icons, manifest) have budgets of their own as well.
// Time: navigation start to <html data-ready> (core loaded, stored journal read), first on a
// fresh profile (network), then on reloads served by the service worker.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

import { launch, SITE } from './harness.mjs';
import { precacheManifest } from '../../web/tools/build-site.mjs';

const BUDGET = 150_000;        // bytes sent, everything a first visit fetches (issue #7)
const SHELL_BUDGET = 30_000;   // of which everything but the wasm
const PRECOMPRESSED = new Set(['.png', '.jpg', '.webp', '.woff2']);
const RELOADS = 5;

const files = [...precacheManifest(SITE).files.map(({ url }) => url), 'sw.js'];
const sizes = files.map((url) => {
  const data = readFileSync(join(SITE, url));
  const gzip = gzipSync(data, { level: 9 }).length;
  return { url, raw: data.length, gzip, sent: PRECOMPRESSED.has(extname(url)) ? data.length : gzip };
}).sort((a, b) => b.sent - a.sent);
const sum = (list) => list.reduce((total, { sent }) => total + sent, 0);
const total = sum(sizes);
const wasm = sum(sizes.filter(({ url }) => url.endsWith('.wasm')));
const shell = total - wasm;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
console.log('file                          raw     gzip -9        sent');
for (const { url, raw, gzip, sent } of sizes) {
  console.log(`${url.padEnd(22)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(11)} ${kb(sent).padStart(11)}`);
}
console.log(`wasm core:       ${kb(wasm).padStart(9)}   (what the budget leaves it: ${kb(BUDGET - SHELL_BUDGET)})`);
console.log(`everything else: ${kb(shell).padStart(9)}   (budget ${kb(SHELL_BUDGET)})`);
console.log(`first visit:     ${kb(total).padStart(9)}   in ${files.length} files (budget ${kb(BUDGET)})`);

const app = await launch();
const readyAt = (page) => page.evaluate(() => performance.getEntriesByName('limber-ready')[0].startTime);
const requested = new Set();
app.page.on('request', (request) => requested.add(new URL(request.url()).pathname));
try {
  await app.open();
  const cold = await readyAt(app.page);
  await app.serviceWorkerReady();
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
const over = [['first visit', total, BUDGET], ['everything but the wasm', shell, SHELL_BUDGET]]
  .filter(([, size, budget]) => size > budget);
for (const [what, size, budget] of over) console.error(`${what}: over budget by ${kb(size - budget)}`);
if (over.length) process.exit(1);
