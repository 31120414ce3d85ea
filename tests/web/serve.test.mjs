// The site's files travel gzipped as build-site.mjs packed them, a stale packed copy is never
// sent, and a file the browser has is only revalidated. The size bench counts on all three.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { copySite } from './harness.mjs';
import { startServer } from '../../web/tools/serve.mjs';

const site = copySite();
const server = await startServer(site);
after(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

// node's fetch would unpack the body itself; node:http shows the bytes as they came.
async function get(path, headers = {}) {
  const { request } = await import('node:http');
  return new Promise((done, fail) => {
    request(new URL(path, server.url), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers,
        body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

test('text and the wasm are sent as their gzip copies to a browser that accepts gzip', async () => {
  for (const file of ['limber-core.wasm', 'app.js', 'style.css', 'index.html', 'sw.js']) {
    const original = readFileSync(join(site, file));
    const packed = await get(file, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(packed.headers['content-encoding'], 'gzip', file);
    assert.deepEqual(packed.body, readFileSync(join(site, `${file}.gz`)), file);
    assert.deepEqual(gunzipSync(packed.body), original, `${file} unpacks to the file`);
    assert.ok(packed.body.length < original.length * 0.6, `${file} is sent smaller`);

    const plain = await get(file);
    assert.equal(plain.headers['content-encoding'], undefined, `${file} without gzip`);
    assert.deepEqual(plain.body, original);
  }
});

test('a file changed after packing is sent as it is now, never its stale copy', async () => {
  writeFileSync(join(site, 'style.css'), 'body{color:red}');
  const response = await get('style.css', { 'accept-encoding': 'gzip' });
  assert.equal(response.headers['content-encoding'], undefined);
  assert.equal(response.body.toString(), 'body{color:red}');
});

test('a file the browser already has is answered "not modified", per encoding', async () => {
  const first = await get('app.js', { 'accept-encoding': 'gzip' });
  const again = await get('app.js', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  const plain = await get('app.js', { 'if-none-match': first.headers.etag });
  assert.equal(plain.status, 200, 'the gzip validator does not stand for the plain file');
  assert.equal(server.sent.at(-1).bytes, plain.body.length, 'the log counts what was sent');
});
