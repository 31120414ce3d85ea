// cues.js: the guided session's spoken cues and short tones. Both are optional comforts:
// wherever the browser lacks speech or audio (or refuses it), they do nothing, quietly.
//
//   unlockAudio()                 call from a click (browsers start audio only after one)
//   play(cue, { voice, tones })   speaks cue.text and/or beeps
//   cueLog                        every cue played in this page ({ kind, text, spoken, toned }),
//                                 for tests and for debugging

export const cueLog = [];
let audio = null;

export function unlockAudio() {
  try {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!audio && Context) audio = new Context();
    audio?.resume?.().catch(() => {});
  } catch {
    audio = null;
  }
}

// A soft sine beep: higher for "go", lower for "rest"; no sudden edges (a short fade).
function beep(kind) {
  if (!audio || audio.state !== 'running') return false;
  try {
    const frequency = { go: 880, rest: 523, session_done: 660, last_5_seconds: 740 }[kind] || 600;
    const start = audio.currentTime + 0.01;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.2, start + 0.02);
    gain.gain.linearRampToValueAtTime(0, start + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.3);
    return true;
  } catch {
    return false;
  }
}

function speak(text) {
  try {
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return false;
    window.speechSynthesis.cancel();  // never queue up stale cues
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 0.95;
    window.speechSynthesis.speak(utterance);
    return true;
  } catch {
    return false;
  }
}

export function play(cue, { voice, tones }) {
  const entry = { kind: cue.kind, text: cue.text, spoken: false, toned: false };
  if (tones) entry.toned = beep(cue.kind);
  if (voice && cue.text) entry.spoken = speak(cue.text);
  cueLog.push(entry);
  return entry;
}

export function silence() {
  try { window.speechSynthesis?.cancel(); } catch { /* nothing to stop */ }
}
