// Web benchmark: what a first visit costs and how soon the app can be used.
//   LIMBER_SITE=build/site node tests/web/size.bench.mjs       (scripts/dev.sh bench runs it)
// Size: a first visit ends with every file of the site precached, so it downloads each file
// once; the sum of their gzipped sizes (what a static host sends) must stay within the budget.
// Time: navigation start to <html data-ready> (core loaded, stored journal read), first on a
// fresh profile (network), then on reloads served by the service worker.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { launch, SITE } from './harness.mjs';
import { precacheManifest } from '../../web/tools/build-site.mjs';

const BUDGET = 150_000;  // bytes gzipped, everything a first visit fetches
const RELOADS = 5;

const files = [...precacheManifest(SITE).files.map(({ url }) => url), 'sw.js'];
const sizes = files.map((url) => {
  const data = readFileSync(join(SITE, url));
  return { url, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}).sort((a, b) => b.gzip - a.gzip);
const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
console.log('file                        raw        gzip');
for (const { url, raw, gzip } of sizes) {
  console.log(`${url.padEnd(24)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(11)}`);
}
console.log(`first visit: ${kb(total)} gzipped in ${files.length} files (budget ${kb(BUDGET)})`);

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
if (total > BUDGET) {
  console.error(`over budget by ${kb(total - BUDGET)}`);
  process.exit(1);
}
