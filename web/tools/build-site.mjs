// Assembles the deployable web app: web/app/* plus the wasm core, nothing else.
// usage: node build-site.mjs WASM_BUILD_DIR SITE_DIR
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [wasmBuild, site] = process.argv.slice(2);
if (!wasmBuild || !site) {
  console.error('usage: build-site.mjs WASM_BUILD_DIR SITE_DIR');
  process.exit(2);
}
const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');

function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyTree(source, join(to, name));
    else copyFileSync(source, join(to, name));
  }
}

rmSync(site, { recursive: true, force: true });
copyTree(appDir, site);
for (const name of ['limber-core.js', 'limber-core.wasm']) {
  copyFileSync(join(wasmBuild, 'web', name), join(site, name));
}
console.log(`web app assembled in ${site}`);
