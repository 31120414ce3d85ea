// Limber's web shell: loads the wasm core and the stored journal, then shows the screens.
// No rule lives here: screens render what the core returns and forward what the person does.
//
// For tests, the running app is exported:
//   import { app, ready } from './app.js';  await ready;
//   app.core.call({...})            a request, as the screens send it
//   await app.change({...})         a request that may change the journal: it is stored before
//                                   this resolves ({ ...response, saved: true|false })
// The built site is one bundle named app.js, so what tests reach inside other modules is
// exported from here too: cueLog, showNotice, clearNotice, openStore.

// The bundle puts the modules in this order, and gzip only finds repeats within 32 KB: this
// order, found by measuring, puts modules that share words and code near each other (0.09 KB
// less to send than the order of the files list). Modules still run after what they import.
import { startRouter } from './router.js';
import { loadCore } from './core.js';
import { render as session } from './screens/session.js';
import { render as settings } from './screens/settings.js';
import { render as learn } from './screens/learn.js';
import { render as library } from './screens/library.js';
import { switchToUpdate, watchForUpdates } from './update.js';
import { now, today } from './clock.js';
import { openStore } from './storage.js';
import { render as progress } from './screens/progress.js';
import { render as todayScreen } from './screens/today.js';
import { announce, clearNotice, showNotice } from './notices.js';
import { render as check } from './screens/check.js';

export { cueLog } from './cues.js';
export { clearNotice, showNotice } from './notices.js';
export { openStore } from './storage.js';

// Each route's render({ app, outlet, param, again }).
const SCREENS = { check, today: todayScreen, session, library, progress, learn, settings };

export const app = {
  core: null,
  store: null,
  router: null,
  readOnly: false,
  now,
  today,
  // Sends a request; when the journal moved on, stores it and resolves once it is on disk.
  async change(request) {
    const response = app.core.call(request);
    return { ...response, saved: response.ok ? await app.save() : false };
  },
  // Stores the core's document if it changed since the last save. True once written.
  async save() {
    if (app.readOnly) return false;
    if (app.core.revision === savedRevision) return true;
    const response = app.core.call({ cmd: 'document.get' });
    if (!response.ok) return false;
    const revision = response.result.revision;
    coreDoc = response.result.document;
    try {
      await app.store.save(coreDoc);
    } catch {
      return false;  // storage.js shows the problem and offers Retry
    }
    if (revision > savedRevision) savedRevision = revision;
    return true;
  },
  sessionRunning: false,
};

let savedRevision = 0;
let coreDoc = null;  // the document text the core is known to hold

// Two tabs saved different changes: the core, which knows the document, combines them.
function mergeWithCore({ theirs }) {
  const response = app.core.call({ cmd: 'document.merge', document: theirs });
  if (!response.ok) throw new Error(response.error.message);
  savedRevision = response.result.revision;
  coreDoc = response.result.document;
  return coreDoc;
}

// Another tab stored a newer journal and this one had nothing unsaved: show that journal.
// A running session lives in the core, so then the other copy is merged in instead.
function adoptStored(doc) {
  if (doc === coreDoc || doc === null) return;
  if (app.sessionRunning) {
    mergeWithCore({ theirs: doc });
  } else {
    openOn(doc);
  }
  if (app.router && app.router.route !== 'session') app.router.refresh();
}

function openOn(doc) {
  const status = app.core.open(doc);
  coreDoc = doc;
  savedRevision = app.core.revision;
  return status;
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

// How the stored journal opened. Corrupt bytes are kept aside, untouched, before a new journal
// is stored over them; a journal from a newer Limber is shown read-only and never written.
async function reportDocumentStatus(status, stored) {
  const region = document.getElementById('document-notice');
  if (status.status === 'corrupt') {
    let key = null;
    try {
      key = await app.store.keepAside(stored);
    } catch {
      app.readOnly = true;  // nowhere safe to keep the old bytes: write nothing over them
    }
    showNotice(region, 'tpl-document-corrupt');
    region.querySelector('[data-message]').textContent = status.message;
    if (key) {
      region.querySelector('[data-kept]').textContent = `It is stored on this device as "${key}".`;
      savedRevision = -1;
      await app.save();
    }
  } else if (status.status === 'newer_version') {
    app.readOnly = true;
    showNotice(region, 'tpl-document-newer');
    region.querySelector('[data-message]').textContent = status.message;
  } else if (status.status === 'migrated') {
    showNotice(region, 'tpl-document-migrated');
    region.querySelector('[data-message]').textContent = status.message;
  }
}

async function reloadForUpdate() {
  if (!(await app.store.flush())) {
    announce('Your latest change is not saved yet. Use Retry first, then Reload.');
    return;
  }
  await switchToUpdate();
}

function render(route, outlet, param, again) {
  outlet.replaceChildren();
  outlet.dataset.route = param ? `${route}-item` : route;  // wide layouts for lists and charts
  return SCREENS[route]({ app, outlet, param, again });
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
      onChange: adoptStored,
      onStatus: showStorageStatus,
    }),
  ]);
  Object.assign(app, { core, store });
  const stored = store.doc;
  const status = openOn(stored);
  addEventListener('beforeunload', (event) => {
    if (!store.unsaved) return;
    event.preventDefault();
    event.returnValue = '';  // older browsers ask only when this is set
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') store.refresh().catch(() => {});
  });
  await reportDocumentStatus(status, stored);

  wireSkipLink();
  app.router = startRouter({
    routes: Object.keys(SCREENS),
    outlet: document.getElementById('screen'),
    nav: document.getElementById('nav'),
    // No saved check yet: the red-flag check comes first.
    startRoute: () => (core.call({ cmd: 'screening.latest' }).result ? 'today' : 'check'),
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
