// update.js: registers the service worker and tells the app when a new version waits.
//
//   watchForUpdates({ onUpdateReady })   onUpdateReady() when a new version is installed and
//                                        waiting, or another tab already switched to it
//   await switchToUpdate()               activates the waiting version and reloads this page
//
// A new version never takes over by itself: the app first makes sure every change is saved.

let switching = false;

export async function watchForUpdates({ onUpdateReady }) {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let controller = container.controller;
  container.addEventListener('controllerchange', () => {
    const replaced = controller !== null;  // not the first install taking control
    controller = container.controller;
    if (replaced && !switching) onUpdateReady();  // another tab switched: offer the reload
  });
  const registration = await container.register('sw.js');
  // A worker installed while an older one controls the page waits for us. The very first
  // install has nothing to replace: it activates and takes control at once.
  const waitsForUs = () => Boolean(container.controller && registration.waiting);
  const watch = (worker) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && waitsForUs()) onUpdateReady();
    });
  };
  if (waitsForUs()) onUpdateReady();
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
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
