// storage.js: keeps the person's journal document safe in IndexedDB.
//
//   const store = await openStore({
//     merge: ({ mine, theirs, base }) => mergedDoc,  // another tab saved first (the core merges)
//     onChange: (doc) => {},                  // the document changed under this tab: re-render
//     onStatus: ({ state, action, error }) => {},  // state 'saving' | 'saved' | 'error';
//   });                                       // action 'save' | 'read' (what was tried)
//   store.doc              the current document (a string), or null when nothing is stored yet
//   await store.save(doc)  resolves once the write is committed to disk; rejects when it failed,
//                          and then the document stays in memory (store.unsaved) until
//   await store.retry()    succeeds (it also re-reads after a failed read)
//   await store.flush()    waits for pending writes; true when nothing is left unsaved
//   await store.refresh()  picks up another tab's save if a broadcast was missed
//   await store.persistence()  'persisted' | 'not-persisted' | 'unsupported'
//   await store.keepAside(doc) stores unreadable bytes under a key of their own (returned),
//                          untouched, before a new document is saved over them
//   await store.forgetKeptAside()  deletes those copies ("delete all data" leaves nothing)
//
// The document is opaque here: the core writes, migrates and merges it. What this file owns is
// that no save is lost: writes from every tab are serialised by a Web Lock, each write checks
// the stored revision, and a write based on an older revision goes through `merge` first.

const STORE = 'journal';
const KEY = 'document';

function requested(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () =>
      reject(transaction.error || new DOMException('The write was not committed', 'AbortError'));
  });
}

function openDatabase(name) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();  // let a newer version upgrade; we reopen later
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
}

class JournalStore {
  #name;
  #merge;
  #onChange;
  #onStatus;
  #db = null;
  #channel = null;
  #doc = null;                          // what the app shows: the latest document, saved or not
  #base = { revision: 0, doc: null };   // the stored record #doc was derived from
  #dirty = false;
  #generation = 0;                      // bumped whenever #doc or #base change here
  #queued = null;                       // a write not started yet; later saves join it
  #chain = Promise.resolve();
  #persistAsked = false;

  constructor({ name, merge, onChange, onStatus }) {
    this.#name = name;
    this.#merge = merge;
    this.#onChange = onChange || (() => {});
    this.#onStatus = onStatus || (() => {});
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`limber-storage:${name}`);
      this.#channel.onmessage = () => { this.refresh().catch(() => {}); };
    }
  }

  get doc() { return this.#doc; }
  get unsaved() { return this.#dirty; }

  save(doc) {
    this.#doc = doc;
    this.#dirty = true;
    this.#generation++;
    return this.#enqueue();
  }

  retry() { return this.#enqueue(); }

  async flush() {
    for (let last; last !== this.#chain;) {
      last = this.#chain;
      await last;
    }
    return !this.#dirty;
  }

  async refresh() {
    if (this.#dirty || this.#queued) return;  // the pending write will merge instead
    const generation = this.#generation;
    const record = await this.#read();
    if (!record || generation !== this.#generation || this.#dirty) return;
    if (record.revision === this.#base.revision) return;
    this.#adopt(record);
    this.#onChange(record.doc);
  }

  async persistence() {
    const storage = navigator.storage;
    if (!storage || !storage.persisted) return 'unsupported';
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  }

  async keepAside(doc) {
    const key = `unreadable-${new Date().toISOString()}`;
    const db = await this.#database();
    const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    transaction.objectStore(STORE).put({ doc, keptAt: Date.now() }, key);
    await committed(transaction);
    return key;
  }

  async forgetKeptAside() {
    const db = await this.#database();
    const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    const store = transaction.objectStore(STORE);
    for (const key of await requested(store.getAllKeys())) {
      if (key !== KEY) store.delete(key);
    }
    await committed(transaction);
  }

  // Reads what is stored; on failure the revision is unknown, so the next successful write
  // merges with whatever is stored rather than overwrite it.
  async #load() {
    try {
      const record = await this.#read();
      if (record) this.#adopt(record);
    } catch (error) {
      this.#base = { revision: NaN, doc: null };
      throw error;
    }
  }

  static async open(options) {
    const store = new JournalStore(options);
    await store.#load().catch((error) => store.#report('error', 'read', error));
    return store;
  }

  #adopt(record) {
    this.#doc = record.doc;
    this.#base = { revision: record.revision, doc: record.doc };
    this.#generation++;
  }

  #enqueue() {
    if (!this.#queued) {
      const attempt = this.#chain.then(() => {
        this.#queued = null;
        return this.#attempt();
      });
      this.#queued = attempt;
      this.#chain = attempt.catch(() => {});
    }
    return this.#queued.then(() => this.#doc);
  }

  async #attempt() {
    const action = this.#dirty ? 'save' : 'read';
    if (action === 'save') this.#report('saving');
    try {
      if (action === 'save') {
        await (navigator.locks
          ? navigator.locks.request(`limber-storage:${this.#name}`, () => this.#write())
          : this.#write());
      } else {
        const generation = this.#generation;
        await this.#load();
        if (generation !== this.#generation) this.#onChange(this.#doc);
      }
    } catch (error) {
      this.#db = null;  // reopen on the next attempt, in case the connection was lost
      this.#report('error', action, error);
      throw error;
    }
    if (!this.#dirty) this.#report('saved', action);
    if (action === 'save') this.#requestPersistenceOnce();
  }

  // Runs under the lock, so no other tab writes between the read and the write.
  async #write() {
    const mine = this.#doc;
    const base = this.#base;
    const record = await this.#read();
    let out = mine;
    if (record && record.revision !== base.revision) {
      out = await this.#merge({ mine, theirs: record.doc, base: base.doc });
      if (typeof out !== 'string') throw new TypeError('merge() must return the document string');
    }
    const revision = (record ? record.revision : 0) + 1;
    const db = await this.#database();
    const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    transaction.objectStore(STORE).put({ doc: out, revision }, KEY);
    await committed(transaction);

    if (this.#doc === mine) {
      this.#adopt({ doc: out, revision });
      this.#dirty = false;
    } else {
      // A newer save arrived meanwhile; it was derived from `mine`, not from what we stored.
      this.#base = { revision: out === mine ? revision : NaN, doc: mine };
      this.#generation++;
    }
    this.#channel?.postMessage({ revision });
    if (out !== mine && !this.#dirty) this.#onChange(out);
  }

  async #read() {
    const db = await this.#database();
    const transaction = db.transaction(STORE, 'readonly');
    const record = await requested(transaction.objectStore(STORE).get(KEY));
    return record || null;
  }

  async #database() {
    if (!this.#db) this.#db = await openDatabase(this.#name);
    return this.#db;
  }

  #report(state, action, error) {
    this.#onStatus({ state, action, error });
  }

  // Asked once per launch, after the first thing worth keeping was written. Browsers that
  // prompt remember the person's answer, so this does not nag.
  #requestPersistenceOnce() {
    if (this.#persistAsked || !navigator.storage || !navigator.storage.persist) return;
    this.#persistAsked = true;
    navigator.storage.persisted()
      .then((persisted) => persisted || navigator.storage.persist())
      .catch(() => {});
  }
}

export async function openStore({ name = 'limber', merge, onChange, onStatus } = {}) {
  return JournalStore.open({ name, merge, onChange, onStatus });
}
