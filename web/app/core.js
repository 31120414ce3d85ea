// core.js: the one door to the wasm core. Every rule lives behind it; the shell sends a
// request and renders the answer.
//
//   const core = await loadCore();
//   core.about()                          // { name, version, tagline, asset_files, asset_bytes }
//   const response = core.call({ cmd: 'screen', answers: { ... } });
//   if (response.ok) render(response.result); else show(response.error.message);
//
// call() never throws for a refusal: errors come back as { ok: false, error: { code, message } }.

export async function loadCore() {
  const module = await globalThis.createLimberCore();
  return {
    about: () => JSON.parse(module.about()),
    call(request) {
      if (typeof module.call !== 'function') {
        return {
          ok: false,
          error: { code: 'unavailable', message: `This version of the core cannot "${request.cmd}" yet.` },
        };
      }
      return JSON.parse(module.call(JSON.stringify(request)));
    },
  };
}
