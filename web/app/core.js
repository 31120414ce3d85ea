// core.js: the one door to the wasm core. Every rule lives behind it; the shell sends a
// request and renders the answer.
//
//   const core = await loadCore();        // the module, compiled
//   core.open(storedDocument)             // before any call: the journal to work on ('' = new)
//   const response = core.call({ cmd: 'plan.get', date: '2026-11-21' });
//   if (response.ok) render(response.result); else show(response.error.message);
//   core.revision                         // the journal's revision after the last call
//
// call() never throws for a refusal: errors come back as { ok: false, error: { code, message } }.

export async function loadCore() {
  const module = await globalThis.createLimberCore();
  const core = {
    revision: 0,
    call(request) {
      const response = JSON.parse(module.call(JSON.stringify(request)));
      if (typeof response.revision === 'number') core.revision = response.revision;
      return response;
    },
    // Opens (or reopens) the core on a stored document; the running session, if any, is dropped.
    open(document) {
      const error = module.open(document ? JSON.stringify({ document }) : '');
      if (error) throw new Error(error);
      core.revision = 0;
      return core.call({ cmd: 'document.status' }).result;
    },
    about() {
      const response = core.call({ cmd: 'about' });
      if (!response.ok) throw new Error(response.error.message);
      return response.result;
    },
  };
  return core;
}
