// Limber's web shell: loads the wasm core and renders what it returns.
// No rule lives here; see web/bindings.cpp and core/.

async function main() {
  const core = await globalThis.createLimberCore();
  const reply = JSON.parse(core.call(JSON.stringify({ cmd: 'about' })));
  if (!reply.ok) throw new Error(reply.error.message);
  const about = reply.result;
  const status = document.getElementById('status');
  status.textContent =
      `Version ${about.version}. The core loaded ${about.asset_files} content files.`;
  status.dataset.assetFiles = String(about.asset_files);
  document.documentElement.dataset.ready = '';
}

main().catch((error) => {
  const status = document.getElementById('status');
  status.textContent = `Limber could not start: ${error.message}`;
  status.classList.add('error');
});
