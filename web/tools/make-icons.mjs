// Renders web/app/icon.svg to the PNG icon for platforms that want a bitmap (iOS's home-screen
// icon, and Android as a fallback); browsers that read SVG icons use icon.svg at any size.
// Run once after changing the SVG, then commit the PNGs:  node web/tools/make-icons.mjs
// (needs zopflipng, from Debian's zopfli package, as build-site.mjs needs zopfli)
//
// The icon is flat: a blue tile, a white figure and their anti-aliased edges. Chromium draws it;
// this file snaps every pixel to a small palette (a few shades between the ink colours, a few
// levels of edge transparency) and writes an indexed PNG: 1 KB where a full-colour
// screenshot took 5.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
const { chromium } = createRequire(join(appDir, '..', 'package.json'))('playwright-core');
const svg = readFileSync(join(appDir, 'icon.svg'), 'utf8');

const LEVELS = 3;  // shades per ramp (ink, half-tone, ink): smooth enough edges, a tiny file

// RGBA pixels of the SVG drawn at size x size.
async function render(browser, size) {
  const page = await browser.newPage();
  try {
    const base64 = await page.evaluate(async ({ svg, size }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      const { data } = context.getImageData(0, 0, size, size);
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) {
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    }, { svg, size });
    return Buffer.from(base64, 'base64');
  } finally {
    await page.close();
  }
}

// The two inks the SVG uses: every opaque pixel lies between them, every edge pixel of the
// tile is a translucent first ink.
function inks() {
  const colours = [...svg.matchAll(/(?:fill|stroke)="#([0-9a-f]{3}|[0-9a-f]{6})"/gi)].map(([, hex]) => {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  });
  const unique = [...new Map(colours.map((c) => [c.join(), c])).values()];
  if (unique.length !== 2) throw new Error(`icon.svg should use two colours, not ${unique.length}`);
  return unique;
}

// Palette index per pixel, and the palette (RGBA entries) the image actually uses.
function quantize(rgba, [from, to]) {
  const span = to.map((c, i) => c - from[i]);
  const length = span.reduce((sum, d) => sum + d * d, 0);
  const entries = new Map();
  const indices = new Uint8Array(rgba.length / 4);
  for (let p = 0; p < indices.length; p++) {
    const alpha = rgba[p * 4 + 3];
    const a = Math.round((alpha / 255) * (LEVELS - 1));
    let t = 0;
    if (alpha > 0) {
      // Position along the ink ramp of the un-premultiplied colour.
      const along = span.reduce((sum, d, i) => sum + (rgba[p * 4 + i] - from[i]) * d, 0) / length;
      t = Math.round(Math.min(1, Math.max(0, along)) * (LEVELS - 1));
    }
    const key = a === 0 ? 'clear' : `${a},${t}`;
    if (!entries.has(key)) {
      const colour = from.map((c, i) => Math.round(c + (span[i] * t) / (LEVELS - 1)));
      entries.set(key, { index: entries.size, rgba: [...(a ? colour : [0, 0, 0]), Math.round((a * 255) / (LEVELS - 1))] });
    }
    indices[p] = entries.get(key).index;
  }
  if (entries.size > 256) throw new Error(`${entries.size} colours do not fit a palette`);
  return { indices, palette: [...entries.values()].map(({ rgba: entry }) => entry) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// An indexed-colour PNG with `depth` bits a pixel, transparency in tRNS, no row filters (the
// PNG spec's advice for palette images).
function encodePng(size, { indices, palette }, depth) {
  const rowBytes = Math.ceil((size * depth) / 8);
  const raw = Buffer.alloc((rowBytes + 1) * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const bit = x * depth;
      raw[y * (rowBytes + 1) + 1 + (bit >> 3)] |= indices[y * size + x] << (8 - depth - (bit & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([depth, 3, 0, 0, 0], 8);  // palette colour, deflate, adaptive filters, no interlace
  const alphas = palette.map((entry) => entry[3]);
  while (alphas.length && alphas[alphas.length - 1] === 255) alphas.pop();
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap((entry) => entry.slice(0, 3)))),
    ...(alphas.length ? [chunk('tRNS', Buffer.from(alphas))] : []),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const size of [192]) {
    const image = quantize(await render(browser, size), inks());
    const file = join(appDir, `icon-${size}.png`);
    // Packing fewer bits a pixel does not always deflate better: keep the smallest.
    const [png] = [1, 2, 4, 8].filter((bits) => image.palette.length <= 2 ** bits)
      .map((bits) => encodePng(size, image, bits)).sort((a, b) => a.length - b.length);
    writeFileSync(file, png);
    // zopflipng deflates the same pixels harder than zlib: 10% off (1039 -> 928 bytes). No
    // row filters, as above; it keeps the palette and the transparency.
    execFileSync('zopflipng', ['-y', '--iterations=500', '--filters=0', file, file]);
    console.log(`${file}: ${statSync(file).size} bytes, ${image.palette.length} colours`);
  }
} finally {
  await browser.close();
}
