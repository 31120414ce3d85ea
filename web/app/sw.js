// Limber's service worker: keeps every file of the site in a cache named after the build, so
// the app opens with no network at all after the first visit.
//
// This file is a template. web/tools/build-site.mjs puts the precache manifest in front of it:
//   const PRECACHE = { build: 'ab12…', files: { 'app.js': '<hex>', … } };
// where each file's hash is its SHA-256 in hex, the first 16 digits (64 bits) only.
// A new build changes those bytes, so the browser sees a new worker, which installs beside the
// old one and waits; the page offers "Reload" and posts { type: 'skip-waiting' } when asked.
/* global PRECACHE */

const CACHE = `limber-${PRECACHE.build}`;
const SCOPE = new URL(self.registration.scope);
const HASHES = new Map(Object.entries(PRECACHE.files));

// Entries are keyed by content hash: a new build takes unchanged files from the old cache
// instead of the network, and a file that does not match this build is never stored.
function cacheKey(url) {
  return new URL(`${url}?sha256=${HASHES.get(url)}`, SCOPE).href;
}

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchVerified(url) {
  // The page itself was loaded as the scope's root: asking for that URL lets the browser
  // revalidate what it has instead of downloading index.html a second time.
  const from = url === 'index.html' ? SCOPE : new URL(url, SCOPE);
  const response = await fetch(from, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  // As many digits as build-site.mjs keeps (HASH_DIGITS).
  if (hex(await crypto.subtle.digest('SHA-256', body)).slice(0, 16) !== HASHES.get(url)) {
    throw new Error(`${url} on the server is not the file of build ${PRECACHE.build}`);
  }
  return new Response(body, {
    headers: { 'Content-Type': response.headers.get('Content-Type') || 'application/octet-stream' },
  });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...HASHES.keys()].map(async (url) => {
      const key = cacheKey(url);
      await cache.put(key, (await caches.match(key)) || (await fetchVerified(url)));
    }));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('limber-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this site's own files; the app asks nothing of other origins, and neither do we.
  if (request.method !== 'GET' || url.origin !== SCOPE.origin) return;
  if (!url.pathname.startsWith(SCOPE.pathname)) return;
  let path = url.pathname.slice(SCOPE.pathname.length);
  if (request.mode === 'navigate' && path === '') path = 'index.html';
  if (!HASHES.has(path)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The network only if the browser evicted the cache behind our back.
    return (await cache.match(cacheKey(path))) || fetch(request);
  })());
});
