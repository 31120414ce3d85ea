// update.js: registers the service worker and tells the app when a new version waits.
//
//   watchForUpdates({ onUpdateReady })   onUpdateReady() when a new version is installed and
//                                        waiting, or another tab already switched to it
//   await switchToUpdate()               activates the waiting version and reloads this page
//
// A new version never takes over by itself: the app first makes sure every change is saved.

let initialController = null;
let switching = false;

export async function watchForUpdates({ onUpdateReady }) {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  initialController = container.controller;
  const registration = await container.register('sw.js');
  // The very first install also takes control (clients.claim); that is not an update.
  const isUpdate = () => Boolean(initialController);
  const watch = (worker) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && isUpdate()) onUpdateReady();
    });
  };
  if (registration.waiting && isUpdate()) onUpdateReady();
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  container.addEventListener('controllerchange', () => {
    if (isUpdate() && !switching) onUpdateReady();
  });
}

export async function switchToUpdate() {
  const registration = await navigator.serviceWorker?.getRegistration();
  if (!registration?.waiting) {
    location.reload();  // another tab already activated it
    return;
  }
  switching = true;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(),
    { once: true });
  registration.waiting.postMessage({ type: 'skip-waiting' });
}
