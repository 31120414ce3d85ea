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
//
// limber-core.js is the emscripten loader, built with the wasm (build/wasm/web/) and put beside
// this file by web/tools/build-site.mjs. The core's two C functions (web/bindings.cpp) take
// UTF-8 text and a byte length, and return text that stays valid until the next call.
import createLimberCore from './limber-core.js';

export async function loadCore() {
  const wasm = await createLimberCore();
  // Runs use(pointer, length) with the text copied into wasm memory (null: pointer 0).
  const withText = (text, use) => {
    if (text === null) return use(0, 0);
    const size = wasm.lengthBytesUTF8(text) + 1;
    const pointer = wasm._malloc(size);
    if (!pointer) throw new Error('the core is out of memory');
    try {
      return use(pointer, wasm.stringToUTF8(text, pointer, size));
    } finally {
      wasm._free(pointer);
    }
  };
  const core = {
    revision: 0,
    call(request) {
      const reply = withText(JSON.stringify(request),
        (pointer, length) => wasm.UTF8ToString(wasm._limber_web_call(pointer, length)));
      const response = JSON.parse(reply);
      if (typeof response.revision === 'number') core.revision = response.revision;
      return response;
    },
    // Opens (or reopens) the core on a stored document; the running session, if any, is dropped.
    open(document) {
      const error = withText(document || null, (pointer, length) => {
        const text = wasm._limber_web_open(pointer, length);
        return text ? wasm.UTF8ToString(text) : '';
      });
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
