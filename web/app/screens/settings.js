// Settings: sound, the activities the person rates, the check, backups (export, import),
// deleting everything, whether the browser keeps the data, and what Limber is.
import { testClockOn } from '../clock.js';
import { button, card, confirm, download, field, h, put, saidSaved, statusLine } from '../dom.js';
import { longDate } from '../words.js';

export function render({ app, outlet }) {
  const settings = app.core.call({ cmd: 'settings.get' }).result;
  const latest = app.core.call({ cmd: 'screening.latest' }).result;
  put(outlet,
    h('h1', 'Settings'),
    soundPart(app, settings),
    activitiesPart(app, settings),
    card('h-check', 'The check for warning signs',
      h('p', latest ? `Last done on ${longDate(latest.date)}${latest.verdict ? `: ${latest.verdict.title}` : ''}.`
        : 'Not done yet.'),
      h('p', 'Do it again whenever something changes, for example a new symptom.'),
      h('a', { class: 'button', href: '#/check' }, 'Do the check again')),
    dataPart(app),
    storagePart(app),
    aboutPart(app),
  );
}

function soundPart(app, settings) {
  const status = statusLine();
  const toggle = (key, text, hint) => {
    const id = `setting-${key}`;
    return h('p', { class: 'switch-row' },
      h('input', {
        type: 'checkbox', role: 'switch', id, checked: settings[key], 'aria-describedby': `${id}-hint`,
        onchange: async (event) => {
          status.textContent = saidSaved(
            await app.change({ cmd: 'settings.set', [key]: event.target.checked }));
        },
      }),
      h('label', { for: id }, text),
      h('span', { class: 'hint', id: `${id}-hint` }, hint));
  };
  return card('h-sound', 'During a session',
    toggle('voice', 'Spoken cues', 'A voice says "Go", "Rest", "Switch sides" and the next exercise.'),
    toggle('tones', 'Tones', 'A soft beep when a step starts or ends.'),
    status);
}

function activitiesPart(app, settings) {
  const status = statusLine();
  const inputs = [0, 1, 2].map((i) => h('input', {
    type: 'text', id: `activity-${i}`, maxlength: 80, value: settings.activities[i] || '',
    autocomplete: 'off',
  }));
  return card('h-activities', 'Activities you rate',
    h('p', 'Up to three everyday things that your pain makes hard, for example "putting on ' +
      'socks" or "walking to the shop". You rate them in the daily check-in.'),
    h('form', {
      onsubmit: async (event) => {
        event.preventDefault();
        const activities = inputs.map((input) => input.value.trim()).filter(Boolean);
        status.textContent = saidSaved(await app.change({ cmd: 'settings.set', activities }));
      },
    },
    inputs.map((input, i) => field(`Activity ${i + 1}`, input)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Save activities')),
    status));
}

function dataPart(app) {
  const status = statusLine();
  const exportAs = (format) => {
    const response = app.core.call({ cmd: 'document.export', format, date: app.today() });
    if (!response.ok) {
      status.textContent = response.error.message;
      return;
    }
    const { text, filename, media_type: type } = response.result;
    download(text, filename, type);
    status.textContent = `Saved a copy as ${filename}.`;
  };
  const importFile = async (file, mode) => {
    const text = await file.text();
    const response = await app.change({ cmd: 'document.import', text, mode });
    status.textContent = !response.ok ? response.error.message
      : `${response.result.summary}${response.saved ? '' : ' Not saved yet.'}`;
    status.dataset.imported = response.ok ? 'yes' : 'no';
  };
  const file = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  const choose = h('div', { class: 'actions', hidden: true },
    button('Add to my journal', async () => {
      await importFile(file.files[0], 'merge');
      choose.hidden = true;
    }, 'button'),
    button('Replace my journal with it', async () => {
      const yes = await confirm({
        title: 'Replace your journal?',
        text: 'Everything Limber has on this device is replaced by the file. This cannot be undone.',
        yes: 'Replace', no: 'Keep mine', danger: true,
      });
      if (yes) await importFile(file.files[0], 'replace');
      choose.hidden = true;
    }));
  file.addEventListener('change', () => { choose.hidden = !file.files.length; });
  const reset = async () => {
    const yes = await confirm({
      title: 'Delete all your data?',
      text: 'This deletes your check, sessions, check-ins, habits and settings from this device. ' +
        'It cannot be undone. Save a copy first if you may want it later.',
      yes: 'Delete everything', no: 'Keep my data', danger: true,
    });
    if (!yes) return;
    const response = await app.change({ cmd: 'document.reset', confirm: 'delete everything' });
    if (!response.ok) {
      status.textContent = response.error.message;
      return;
    }
    // Copies of an unreadable journal kept aside go too: nothing of the old data stays.
    if (response.saved) {
      try {
        await app.store.forgetKeptAside();
      } catch (error) {
        status.textContent = 'Your data was deleted, but an older copy kept on this device could ' +
          `not be (${error.message}). Try again, or clear this site's data in the browser.`;
        return;
      }
    }
    location.hash = '#/check';
  };
  return card('h-data', 'Your data',
    h('p', 'Everything stays on this device. Save a copy to keep it safe or to share it.'),
    h('div', { class: 'actions' },
      button('Save a backup (JSON)', () => exportAs('json'), 'button'),
      button('Save a table for your physio (CSV)', () => exportAs('csv'))),
    h('h3', 'Load a backup'),
    field('Backup file', file),
    choose,
    status,
    h('h3', 'Delete everything'),
    button('Delete all data…', reset, 'button button-danger-quiet'));
}

function storagePart(app) {
  const line = h('p', { 'data-persistence': '' }, 'Checking…');
  const ask = button('Ask this browser to keep it', async () => {
    await navigator.storage?.persist?.().catch(() => false);
    refresh();
  });
  ask.hidden = true;
  const WORDS = {
    persisted: 'This browser keeps your journal: it will not clear it to free up space.',
    'not-persisted': 'This browser may clear your journal if the device runs short of space. ' +
      'Saving a backup now and then keeps it safe.',
    unsupported: 'This browser does not say whether it keeps your journal. Save a backup now and then.',
  };
  const refresh = () => app.store.persistence().then((state) => {
    line.textContent = WORDS[state];
    line.dataset.persistence = state;
    ask.hidden = state !== 'not-persisted';
  }).catch(() => { line.textContent = WORDS.unsupported; });
  refresh();
  return card('h-storage', 'Storage on this device', line, ask);
}

function aboutPart(app) {
  const about = app.core.call({ cmd: 'about' }).result;
  return card('h-about', 'About',
    h('p', h('strong', 'Limber is a self-care aid, not a diagnosis and not a doctor.'),
      ' It helps you move gently and keep track of how you feel. If you are worried about your ' +
      'health, see a doctor. If something feels seriously wrong, call the emergency services.'),
    h('p', { 'data-about': '', 'data-asset-files': String(about.asset_files) },
      `Version ${about.version}. The core loaded ${about.asset_files} content files.`),
    h('p', { class: 'muted' }, `${about.tagline} Protocol ${about.protocol}. Your data stays on this device.`),
    testClockOn ? h('p', { class: 'problem' }, 'The test clock is on (limber.testClock in this ' +
      'browser\'s storage): timers follow tests, not real time.') : null);
}
