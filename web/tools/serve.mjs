// A small static file server for the built web app, on loopback only.
// usage: node serve.mjs SITE_DIR [HOST] [PORT]    (PORT 0 picks a free one)
// Also imported by the browser tests: startServer(dir) resolves to { url, close, sent }, where
// sent lists each response as { path, status, bytes } (bytes: the body as it travelled).
// Like a static host with precompressed files (nginx's gzip_static): when the browser accepts
// gzip and build-site.mjs left X.gz beside X, that is what travels, with Content-Encoding.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const acceptsGzip = (request) => /\bgzip\b/.test(request.headers['accept-encoding'] || '');

// The precompressed copy of `file`, if there is one and it still unpacks to the file: tests
// change files of a copied site in place, and a stale copy must never be sent for them.
async function matchingGzip(file, body) {
  try {
    const packed = await readFile(file + '.gz');
    return gunzipSync(packed).equals(body) ? packed : null;
  } catch {
    return null;
  }
}

export function startServer(dir, { host = '127.0.0.1', port = 0 } = {}) {
  const root = resolve(dir);
  const sent = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const packed = acceptsGzip(request) ? await matchingGzip(file, body) : null;
      // A validator, as any host has: the service worker's install re-asks for the files the
      // page has just loaded, and "not modified" saves sending them twice.
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}` +
        `${packed ? '-gz' : ''}"`;
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ETag: etag,
        Vary: 'Accept-Encoding',
        ...(packed && { 'Content-Encoding': 'gzip' }),
      };
      if (request.headers['if-none-match'] === etag) {
        sent.push({ path, status: 304, bytes: 0 });
        response.writeHead(304, headers).end();
        return;
      }
      sent.push({ path, status: 200, bytes: (packed || body).length });
      response.writeHead(200, headers);
      response.end(packed || body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      done({
        url: `http://${host}:${address.port}/`,
        sent,
        close: () => new Promise((closed) => {
          server.closeAllConnections?.();
          server.close(() => closed());
        }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, host = '127.0.0.1', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer(dir, { host, port: Number(port) });
  console.log(`Limber is at ${url}  (Ctrl+C to stop)`);
}
