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
// limber-core.wasm is a standalone module (web/CMakeLists.txt) that web/tools/build-site.mjs puts
// beside this file; no loader script comes with it. Its two C functions (web/bindings.cpp) take
// UTF-8 text and its length in bytes, and return NUL-terminated text that stays valid until
// the next call.

const WASM = new URL('limber-core.wasm', import.meta.url);

// Everything the module imports. The core has no clock, files or output, so this is all:
// memory growth (views are made afresh for each copy, so nothing to do) and exit (only on abort).
const IMPORTS = {
  env: { emscripten_notify_memory_growth() {} },
  wasi_snapshot_preview1: {
    proc_exit(code) { throw new Error(`the core stopped (exit ${code})`); },
  },
};

async function instantiate() {
  const buffered = async () => {
    const response = await fetch(WASM);
    if (!response.ok) throw new Error(`${WASM.pathname}: HTTP ${response.status}`);
    return WebAssembly.instantiate(await response.arrayBuffer(), IMPORTS);
  };
  // Streaming compiles while the bytes arrive; it needs the application/wasm type, which not
  // every host sends, hence the fallback.
  if (!WebAssembly.instantiateStreaming) return buffered();
  return WebAssembly.instantiateStreaming(fetch(WASM), IMPORTS).catch(buffered);
}

export async function loadCore() {
  const { instance } = await instantiate();
  const wasm = instance.exports;
  wasm._initialize();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  // Runs use(pointer, length) with the text copied into wasm memory (null: pointer 0).
  const withText = (text, use) => {
    if (text === null) return use(0, 0);
    const bytes = encoder.encode(text);
    const pointer = wasm.malloc(bytes.length || 1);
    if (!pointer) throw new Error('the core is out of memory');
    try {
      new Uint8Array(wasm.memory.buffer, pointer, bytes.length).set(bytes);
      return use(pointer, bytes.length);
    } finally {
      wasm.free(pointer);
    }
  };
  const textAt = (pointer) => {
    const bytes = new Uint8Array(wasm.memory.buffer, pointer);
    return decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
  };
  const core = {
    revision: 0,
    call(request) {
      const reply = withText(JSON.stringify(request),
        (pointer, length) => textAt(wasm.limber_web_call(pointer, length)));
      const response = JSON.parse(reply);
      if (typeof response.revision === 'number') core.revision = response.revision;
      return response;
    },
    // Opens (or reopens) the core on a stored document; the running session, if any, is dropped.
    open(document) {
      const error = withText(document || null, (pointer, length) => {
        const text = wasm.limber_web_open(pointer, length);
        return text ? textAt(text) : '';
      });
      if (error) throw new Error(error);
      core.revision = 0;
      return core.call({ cmd: 'document.status' }).result;
    },
  };
  return core;
}
