// Limber's web shell: loads the wasm core and the stored journal, then shows the screens.
// No rule lives here: screens render what the core returns and forward what the person does.
//
// For tests and for the screens to come, the running app is exported:
//   import { app, ready } from './app.js';  await ready;  app.core.call({...});  app.store.save(doc)

import { loadCore } from './core.js';
import { announce, clearNotice, showNotice } from './notices.js';
import { startRouter } from './router.js';
import { openStore } from './storage.js';
import { switchToUpdate, watchForUpdates } from './update.js';

const ROUTES = ['check', 'today', 'library', 'progress', 'learn', 'settings'];

export const app = { core: null, store: null, router: null };

// Two tabs saved different changes: the core, which knows the document, combines them.
function mergeWithCore({ mine, theirs, base }) {
  const response = app.core.call({ cmd: 'merge', mine, theirs, base });
  if (!response.ok) throw new Error(response.error.message);
  return response.result.document;
}

function showStorageStatus({ state, action }) {
  const region = document.getElementById('storage-alert');
  if (state === 'error') {
    showNotice(region, action === 'read' ? 'tpl-read-failed' : 'tpl-save-failed', {
      retry: (button) => {
        button.disabled = true;
        app.store.retry().catch(() => {}).finally(() => { button.disabled = false; });
      },
    });
  } else if (state === 'saved' && !region.hidden) {
    clearNotice(region);
    announce(action === 'read' ? 'Your journal is back.' : 'Saved.');
  }
}

async function reloadForUpdate() {
  if (!(await app.store.flush())) {
    announce('Your latest change is not saved yet. Use Retry first, then Reload.');
    return;
  }
  await switchToUpdate();
}

function render(route, outlet) {
  outlet.replaceChildren(document.getElementById(`screen-${route}`).content.cloneNode(true));
  const about = outlet.querySelector('[data-about]');
  if (about) {
    const { version, asset_files: files } = app.core.about();
    about.textContent = `Version ${version}. The core loaded ${files} content files.`;
    about.dataset.assetFiles = String(files);
  }
}

function wireSkipLink() {
  // The link's #main would be read as a route; move focus to the screen's heading instead.
  document.querySelector('.skip').addEventListener('click', (event) => {
    event.preventDefault();
    document.querySelector('#screen h1').focus();
  });
}

async function main() {
  const [core, store] = await Promise.all([
    loadCore(),
    openStore({
      name: 'limber',
      merge: mergeWithCore,
      onChange: () => app.router?.refresh(),
      onStatus: showStorageStatus,
    }),
  ]);
  Object.assign(app, { core, store });
  addEventListener('beforeunload', (event) => {
    if (!store.unsaved) return;
    event.preventDefault();
    event.returnValue = '';  // older browsers ask only when this is set
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') store.refresh().catch(() => {});
  });

  wireSkipLink();
  app.router = startRouter({
    routes: ROUTES,
    outlet: document.getElementById('screen'),
    nav: document.getElementById('nav'),
    // Nothing stored yet means no screening yet: the red-flag check comes first.
    startRoute: () => (store.doc === null ? 'check' : 'today'),
    render,
  });

  performance.mark('limber-ready');
  document.documentElement.dataset.ready = '';

  watchForUpdates({
    onUpdateReady: () => showNotice(document.getElementById('update-banner'), 'tpl-update', {
      reload: reloadForUpdate,
    }),
  }).catch(() => {});  // without a worker the app still runs, only not offline
}

export const ready = main().catch((error) => {
  const screen = document.getElementById('screen');
  showNotice(screen, 'tpl-start-failed');
  screen.querySelector('[data-error]').textContent = error.message;
  throw error;
});
