// Assembles the deployable web app from web/app/ and the wasm core, and a service worker that
// precaches every file of it by content hash. The sources stay readable ES modules; the site
// gets them small, since a first visit downloads all of it (issue #7):
//   app.js      web/app/app.js and every module it imports in one bundle (esbuild, then
//               terser); the tests import what they need from it (see app.js)
//   style.css   minified; index.html, icon.svg and the manifest without comments or indentation
//   sw.js       web/app/sw.js, minified, with the precache manifest in front
//   X.gz        beside each text file and the wasm: the bytes a host sends, gzip made by zopfli
//               (5% smaller than gzip -9 and readable by every browser); see precompress()
// usage: node build-site.mjs WASM_BUILD_DIR SITE_DIR [--readable]
//   --readable copies web/app/ as it is (one file per module) for debugging in a browser.
// Tests import writeServiceWorker() to turn a changed copy of the site into a new build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { build as bundle, transformSync } from 'esbuild';
import { minify } from 'terser';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
const WORKER = 'sw.js';
const CORE = 'limber-core.wasm';  // from WASM_BUILD_DIR/web/
const GZIP = '.gz';
// Images are compressed already; hosts send them as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.webmanifest', '.json']);

export function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.startsWith('.')) continue;
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyTree(source, join(to, name));
    else copyFileSync(source, join(to, name));
  }
}

// Every file of the site as a URL relative to the site root, sorted so a build is repeatable.
// Precompressed copies are how a file travels, not files of their own.
function siteFiles(site, prefix = '') {
  return readdirSync(join(site, prefix)).sort().flatMap((name) => {
    const path = prefix + name;
    if (name.startsWith('.') || name.endsWith(GZIP)) return [];
    return statSync(join(site, path)).isDirectory() ? siteFiles(site, `${path}/`) : [path];
  });
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
// A file's hash in the manifest: the first 64 bits of its SHA-256 (sw.js compares as many), as
// long as the build's id. Plenty to tell a file from another build's (it guards against a
// half-deployed or stale host, not an attacker, who would change sw.js itself), and every hex
// digit travels in the worker and does not compress: all 64 would cost 0.2 KB more a first visit.
const HASH_DIGITS = 16;

// The worker itself is not precached: the browser fetches it on its own to look for updates.
export function precacheManifest(site) {
  const files = siteFiles(site)
    .filter((url) => url !== WORKER)
    .map((url) => ({ url, hash: sha256(readFileSync(join(site, url))).slice(0, HASH_DIGITS) }));
  const build = sha256(files.map(({ url, hash }) => `${hash} ${url}\n`).join('')).slice(0, 16);
  return { build, files };
}

// The worker is a classic script: the IIFE lets esbuild shorten its top-level names. It gets
// the manifest as { build, files: { url: hash } }.
export function writeServiceWorker(site) {
  const manifest = precacheManifest(site);
  const template = readFileSync(join(appDir, WORKER), 'utf8');
  const precache = { build: manifest.build,
    files: Object.fromEntries(manifest.files.map(({ url, hash }) => [url, hash])) };
  const { code } = transformSync(`const PRECACHE = ${JSON.stringify(precache)};\n${template}`,
    { minify: true, format: 'iife', charset: 'utf8', legalComments: 'none' });
  writeFileSync(join(site, WORKER), code);
  return manifest;
}

// Tags around which whitespace never shows: blocks, and what lives in <head> or an SVG sprite.
const BLOCK = new Set(('html head body meta link title script style base header footer nav main ' +
  'section article aside div p ul ol li h1 h2 h3 h4 h5 h6 template symbol circle path rect g ' +
  'form fieldset legend table thead tbody tr th td').split(' '));
const tagName = (tag) => /^<\/?([a-z0-9]+)/i.exec(tag)?.[1].toLowerCase();

// HTML (not XML) reads these the same without their quotes: no space, quote, =, <, > or `.
// A value before "/>" keeps them, or the slash would join it.
const unquoteHtml = (tag) => tag.replace(/ ([a-z-]+)="([^"\s'=<>`]+)"(?=[ >])/g, ' $1=$2');
// Tags HTML lets a page leave out: the parser puts the same elements in the same places.
const OPTIONAL_TAGS = new Set(['<head>', '</head>', '<body>', '</body>', '</html>']);

// Markup without comments and indentation. Whitespace between inline elements and text is kept
// as one space, so nothing on screen changes; attribute values are left as they are, but in
// HTML (html: true) without the quotes and the tags that the parser does not need.
function minifyMarkup(markup, name, { html = false } = {}) {
  if (/<(pre|textarea)\b/i.test(markup)) throw new Error(`${name}: keeps its whitespace; minify by hand`);
  const tokens = markup.match(/<!--[\s\S]*?-->|<[^>]*>|[^<]+/g)
    .filter((token) => !token.startsWith('<!--'))
    // Text on both sides of a comment is one run of text.
    .reduce((merged, token) => {
      const last = merged.length - 1;
      if (!token.startsWith('<') && last >= 0 && !merged[last].startsWith('<')) merged[last] += token;
      else merged.push(token);
      return merged;
    }, [])
    .map((token) => (token.startsWith('<')
      ? token.replace(/("[^"]*"|'[^']*')|\s+/g, (match, quoted) => quoted ?? ' ').replace(/ >$/, '>')
      : token.replace(/\s+/g, ' ')))
    .map((token) => (html && token.startsWith('<') ? unquoteHtml(token) : token));
  const isBlock = (token) => token?.startsWith('<') && (token.startsWith('<!') || BLOCK.has(tagName(token)));
  return tokens.map((token, i) => {
    if (token.startsWith('<')) return html && OPTIONAL_TAGS.has(token) ? '' : token;
    let text = token;
    if (i === 0 || isBlock(tokens[i - 1])) text = text.trimStart();
    if (i === tokens.length - 1 || isBlock(tokens[i + 1])) text = text.trimEnd();
    return text;
  }).join('');
}

// Writes X.gz beside every compressible file, for a host to send as it is with
// Content-Encoding: gzip (nginx gzip_static, web/tools/serve.mjs). zopfli (a Debian package)
// spends a second more than gzip -9 on finding matches and writes ordinary gzip. Each copy is
// unpacked again and compared, so a host can never send something other than the file.
export function precompress(site) {
  const files = [...precacheManifest(site).files.map(({ url }) => url), WORKER]
    .filter((url) => COMPRESSIBLE.has(extname(url)));
  for (const url of files) {
    const path = join(site, url);
    const packed = execFileSync('zopfli', ['--i15', '-c', path], { maxBuffer: 1 << 26 });
    if (Buffer.compare(gunzipSync(packed), readFileSync(path)) !== 0) {
      throw new Error(`${url}: zopfli's output does not unpack to the file`);
    }
    writeFileSync(path + GZIP, packed);
  }
  return files;
}

const minifyOptions = { minify: true, charset: 'utf8', legalComments: 'none', logLevel: 'warning' };

// Every file of web/app/ but the modules (in the bundle) and the worker (written last), made
// small by its type; a folder with nothing else in it (screens/) is left out.
function copyMinified(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    const text = () => readFileSync(source, 'utf8');
    if (name.startsWith('.')) continue;
    if (statSync(source).isDirectory()) {
      copyMinified(source, target);
      continue;
    }
    if (extname(name) === '.js') continue;
    mkdirSync(to, { recursive: true });
    switch (extname(name)) {
      case '.css':
        writeFileSync(target, transformSync(text(), { ...minifyOptions, loader: 'css' }).code);
        break;
      case '.html': writeFileSync(target, minifyMarkup(text(), name, { html: true })); break;
      case '.svg': writeFileSync(target, minifyMarkup(text(), name)); break;
      case '.webmanifest': writeFileSync(target, JSON.stringify(JSON.parse(text()))); break;
      default: copyFileSync(source, target);
    }
  }
}

async function buildSite(site) {
  mkdirSync(site, { recursive: true });
  const { outputFiles: [bundled] } = await bundle({ ...minifyOptions, bundle: true, format: 'esm',
    entryPoints: [join(appDir, 'app.js')], outfile: join(site, 'app.js'), write: false });
  // terser's second look takes another 3% off what esbuild left (safe transforms only).
  // Statements joined by commas (sequences) are shorter but compress worse: left as they are.
  // unsafe_arrows turns function expressions into arrows: safe here, where none is called with
  // new or reads this (they are mostly terser's own inlined calls).
  const { code } = await minify(bundled.text,
    { module: true, ecma: 2020, compress: { passes: 2, sequences: false, unsafe_arrows: true } });
  writeFileSync(join(site, 'app.js'), code);
  copyMinified(appDir, site);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [wasmBuild, site, option] = process.argv.slice(2);
  if (!wasmBuild || !site || (option && option !== '--readable')) {
    console.error('usage: build-site.mjs WASM_BUILD_DIR SITE_DIR [--readable]');
    process.exit(2);
  }
  rmSync(site, { recursive: true, force: true });
  if (option) copyTree(appDir, site);
  else await buildSite(site);
  copyFileSync(join(wasmBuild, 'web', CORE), join(site, CORE));
  const { build, files } = writeServiceWorker(site);
  const packed = precompress(site);
  console.log(`web app assembled in ${site} (build ${build}, ${files.length} files precached, ` +
    `${packed.length} precompressed)`);
}
