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
  const call = (request) => JSON.parse(module.call(JSON.stringify(request)));
  return {
    call,
    about() {
      const response = call({ cmd: 'about' });
      if (!response.ok) throw new Error(response.error.message);
      return response.result;
    },
  };
}
