// Renders web/app/icon.svg to the PNG icons the manifest lists (some platforms want bitmaps).
// Run once after changing the SVG, then commit the PNGs:  node web/tools/make-icons.mjs
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
const { chromium } = createRequire(join(appDir, '..', 'package.json'))('playwright-core');
const svg = readFileSync(join(appDir, 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const file = join(appDir, `icon-${size}.png`);
    await page.screenshot({ path: file, omitBackground: true });
    console.log(`${file}: ${statSync(file).size} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
