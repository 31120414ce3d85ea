// clock.js: the shell's only sources of time, so that tests can replace them.
//
//   now()      milliseconds since the epoch (what the core's session commands take)
//   today()    the person's local date, YYYY-MM-DD
//   onJump(fn) fn() whenever the test clock is moved (the session re-reads the core at once)
//
// The test clock. Browser tests run a whole guided session in seconds without sleeping:
//   localStorage.setItem('limber.testClock', 'on')   (before the app loads, e.g. addInitScript)
//   window.__limberTestClock.advance(60_000)          moves time on by a minute
//   window.__limberTestClock.set(Date.parse(...))     jumps to an instant
// It is off unless that key is set, which takes developer tools or test code (no link or
// button can turn it on); it only changes what now() answers, and adds no script to the page.
// Settings > About says when it is on.

let testNow = null;
const jumpListeners = new Set();

function readFlag() {
  try {
    return localStorage.getItem('limber.testClock') === 'on';
  } catch {
    return false;  // storage blocked: no test clock
  }
}

if (readFlag()) {
  testNow = Date.now();
  const jumped = () => { for (const listener of jumpListeners) listener(); };
  window.__limberTestClock = {
    now: () => testNow,
    advance(ms) { testNow += ms; jumped(); return testNow; },
    set(ms) { testNow = ms; jumped(); return testNow; },
  };
}

export const testClockOn = testNow !== null;

export function now() {
  return testNow === null ? Date.now() : testNow;
}

export function onJump(listener) {
  jumpListeners.add(listener);
  return () => jumpListeners.delete(listener);
}

const pad = (n) => String(n).padStart(2, '0');

export function today() {
  const d = new Date(now());
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
