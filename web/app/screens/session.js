// The guided session. The core's player owns the timing: this screen asks it for the view at
// now() every 250 ms while running (and at once when the tab comes back or the test clock
// jumps), shows it, plays the cues it returns, and forwards the buttons. Time comes from
// timestamps, so a hidden tab never drifts.
import { onJump } from '../clock.js';
import { play, silence, unlockAudio } from '../cues.js';
import {
  button, confirm, field, h, picture, problemLine, put, scale, showProblem, statusLine, swap,
} from '../dom.js';
import { clock, minutes } from '../words.js';


const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function render({ app, outlet }) {
  const session = new Session(app, outlet);
  return () => session.dispose();
}

// Its fields and methods are private (#): nothing outside calls them, and the bundle can
// shorten private names.
class Session {
  #app;
  #outlet;
  #timer = null;
  #wakeLock = null;
  #asking = false;  // a wake lock is being asked for
  #mode = null;     // 'start', 'player', 'finished' or 'gone': what the screen shows
  #settings;
  #stopJump;
  #onVisible;
  #view;            // the core's latest view of the session
  #parts;           // the player's elements that change
  #lastFigure;
  #lastItem;

  constructor(app, outlet) {
    this.#app = app;
    this.#outlet = outlet;
    this.#settings = app.core.call({ cmd: 'settings.get' }).result;
    this.#stopJump = onJump(() => this.#tick());
    this.#onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      this.#tick();
      if (this.#view?.state === 'running') this.#keepAwake();
    };
    document.addEventListener('visibilitychange', this.#onVisible);
    const response = this.#command('session.view');
    if (response.ok) this.#show(response.result);
    else this.#drawStart();
  }

  dispose() {
    this.#mode = 'gone';
    clearInterval(this.#timer);
    this.#timer = null;
    this.#stopJump();
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#releaseWake();
    silence();
  }

  #command(cmd, extra = {}) {
    return this.#app.core.call({ cmd, now: this.#app.now(), reduced_motion: reducedMotion(), ...extra });
  }

  // ---- before: pain, then Start
  #drawStart() {
    this.#mode = 'start';
    this.#app.sessionRunning = false;
    const app = this.#app;
    const outlet = this.#outlet;
    const plan = app.core.call({ cmd: 'plan.get', date: app.today() }).result;
    swap(outlet, h('h1', 'Today\'s session'));
    if (plan.status !== 'ready' || !plan.today.exercises.length) {
      put(outlet, h('div', { class: 'panel panel-locked' },
        h('p', plan.message || 'There are no exercises planned for today.'),
        h('a', { class: 'button button-primary', href: plan.status === 'ready' ? '#/today' : '#/check' },
          plan.status === 'ready' ? 'Back to Today' : 'Do the check')));
      return;
    }
    let pain;
    const problem = problemLine();
    const count = plan.today.exercises.length;
    put(outlet,
      h('p', { class: 'lead' }, `${count} exercises, starting with a warm-up. The timer guides ` +
        'you through each one. You can pause at any time.'),
      h('form', {
        class: 'start-form',
        onsubmit: (event) => {
          event.preventDefault();
          unlockAudio();  // a click is the one moment browsers allow sound to start
          const extra = { date: app.today() };
          if (pain !== undefined) extra.pain_before = pain;
          const response = this.#command('session.start', extra);
          if (!response.ok) {
            showProblem(problem, response.error.message);
            return;
          }
          this.#show(response.result, { focus: true });
        },
      },
      scale({ name: 'pain-before', legend: 'How is your pain before you start?',
        hint: 'Pick a number. 0 is no pain, 10 is the worst you can imagine.',
        onchange: (value) => { pain = value; } }),
      problem,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'button button-primary button-big' }, 'Start'),
        h('a', { class: 'button button-quiet', href: '#/today' }, 'Not now'))),
    );
  }

  // ---- during
  #show(view, { focus = false } = {}) {
    this.#view = view;
    if (view.state === 'finished') {
      this.#stopTimer();
      if (this.#mode !== 'finished') this.#drawFinished(view);
      this.#playCues(view.cues);
      return;
    }
    this.#app.sessionRunning = true;
    if (this.#mode !== 'player') this.#drawPlayer();
    this.#update(view);
    this.#playCues(view.cues);
    if (view.state === 'running') {
      this.#startTimer();
      this.#keepAwake();
    } else {
      this.#stopTimer();
      this.#releaseWake();
    }
    if (focus) this.#parts.title.focus();
  }

  #tick() {
    if (this.#mode !== 'player' || this.#view?.state !== 'running') return;
    const response = this.#command('session.view');
    if (response.ok) this.#show(response.result);
  }

  #startTimer() {
    if (!this.#timer) this.#timer = setInterval(() => this.#tick(), 250);
  }

  #stopTimer() {
    clearInterval(this.#timer);
    this.#timer = null;
  }

  #act(cmd) {
    const response = this.#command(cmd);
    if (!response.ok) {
      this.#parts.live.textContent = response.error.message;
      return response;
    }
    this.#show(response.result);
    return response;
  }

  #drawPlayer() {
    this.#mode = 'player';
    const p = {};
    p.title = h('h1', { class: 'session-title', tabindex: '-1' });
    p.progressText = h('p', { class: 'session-progress' });
    p.progress = h('progress', { 'aria-hidden': 'true' });
    p.step = h('p', { class: 'step-kind' });
    p.time = h('p', { class: 'countdown', role: 'timer', 'aria-live': 'off' });
    p.side = h('p', { class: 'side' });
    p.counts = h('p', { class: 'counts' });
    p.figure = h('div', { class: 'session-figure' });
    p.live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-cue-live': '' });
    p.pause = button('Pause', () => {
      this.#act(this.#view.state === 'paused' ? 'session.resume' : 'session.pause');
    }, 'button button-primary button-big');
    p.hurts = button('This hurts', () => {
      this.#act('session.hurts');  // even after the last exercise the player waits, paused
      scrollTo(0, 0);  // the screen got shorter: start at its heading, the exercise that hurt
      this.#parts.hurtPanel.querySelector('h2')?.focus();
    }, 'button button-hurts');
    // After "this hurts" the screen is about the exercise that hurt and the choice: the
    // next exercise's clock, picture and buttons wait until the person goes on.
    p.hurtPanel = h('section', { class: 'panel panel-hurt', 'aria-labelledby': 'hurt-title' });
    const end = () => button('End session', () => this.#act('session.finish'), 'button button-quiet button-end');
    p.steps = h('ol', { class: 'steps' });
    p.cueLines = h('ul', { class: 'cue-lines' });
    p.stopIf = h('p', { class: 'stop-if' });
    this.#parts = p;
    this.#lastFigure = null;
    this.#lastItem = null;
    p.hurtEnd = end();
    p.hurtView = h('div', { class: 'hurt-view', hidden: true }, p.hurtPanel, p.hurtEnd);
    swap(this.#outlet,
      h('div', { class: 'session', 'data-session': '' },
        p.progressText, p.progress, p.title, p.hurtView,
        p.grid = h('div', { class: 'session-grid' },
          h('div', { class: 'session-now' },
            h('div', { class: 'session-clock' }, p.step, p.time, p.side, p.counts), p.figure),
          h('div',
            h('div', { class: 'session-controls' },
              p.pause,
              h('div', { class: 'control-row' },
                button('Back', () => this.#act('session.back')),
                button('Skip', () => this.#act('session.skip'))),
              p.hurts,
              end()),
            h('section', { class: 'how', 'aria-labelledby': 'how-title' },
              h('h2', { id: 'how-title' }, 'How to do it'), p.steps,
              h('h3', 'Keep in mind'), p.cueLines, p.stopIf))),
        p.live));
  }

  #update(v) {
    const p = this.#parts;
    const root = this.#outlet.querySelector('[data-session]');
    Object.assign(root.dataset, {
      state: v.state, step: v.step, item: v.item, remaining: v.step_remaining_ms,
    });
    // An easier step takes the same index; the hurt choice is about the exercise before.
    const itemKey = v.hurt ? `hurt:${v.hurt.item}` : `${v.item}:${v.exercise_id}`;
    if (itemKey !== this.#lastItem) {
      this.#lastItem = itemKey;
      const name = v.hurt ? v.hurt.name : v.name;
      const item = v.hurt ? v.hurt.item : v.item;
      p.title.textContent = name;
      document.title = `${name} · Limber`;
      p.progressText.textContent = `Exercise ${item + 1} of ${v.item_count}`;
      p.progress.max = v.item_count;
      p.progress.value = item + 1;
      p.steps.replaceChildren(...(v.steps || []).map((s) => h('li', s)));
      p.cueLines.replaceChildren(...(v.cue_lines || []).map((s) => h('li', s)));
      p.stopIf.replaceChildren(...(v.stop_if ? [h('strong', 'Stop if: '), v.stop_if] : []));
    }
    const paused = v.state === 'paused';
    p.step.textContent = paused ? 'Paused' : v.step_text;  // the core's words (labels.json)
    p.step.className = `step-kind step-${paused ? 'paused' : v.step}`;
    p.time.textContent = clock(v.step_remaining_ms);
    p.time.setAttribute('aria-label', `${v.step_text}: ${clock(v.step_remaining_ms)} left`);
    p.side.textContent = v.side_text;  // "" when the step has no side
    p.side.hidden = !v.side_text;
    const counts = [];
    if (v.sets > 1) counts.push(`Set ${Math.max(v.set, 1)} of ${v.sets}`);
    if (v.reps > 0 && v.step === 'work') counts.push(`Rep ${Math.max(v.rep, 1)} of ${v.reps}`);
    p.counts.textContent = counts.join(' · ');
    p.counts.hidden = !counts.length;
    if (v.figure_svg !== this.#lastFigure) {
      this.#lastFigure = v.figure_svg;
      p.figure.replaceChildren(picture(v.figure_svg));
    }
    p.pause.textContent = paused ? 'Resume' : 'Pause';
    this.#drawHurt(v.hurt);
  }

  #drawHurt(hurt) {
    const p = this.#parts;
    p.grid.hidden = Boolean(hurt);
    p.hurtView.hidden = !hurt;
    const key = hurt ? `${hurt.item}:${hurt.easier?.id}` : '';
    if (!hurt || p.hurtPanel.dataset.key === key) return;
    p.hurtPanel.dataset.key = key;
    const easier = hurt.easier;
    // After the last exercise there is no next one: going on ends the session, and a second
    // "End session" would only repeat it.
    const last = !hurt.next_name;
    p.hurtEnd.hidden = last;
    swap(p.hurtPanel,
      h('h2', { id: 'hurt-title', tabindex: '-1' }, 'Stopped. That is OK.'),
      h('p', 'We stopped it and noted that it hurt.'),
      h('p', hurt.text),
      h('div', { class: 'actions actions-stack' }, easier ? button(`Try ${easier.name}`, () => {
        this.#act('session.easier');
        if (this.#view.state === 'paused') this.#act('session.resume');
        p.title.focus();
      }, 'button button-primary') : null,
      button(last ? 'Finish the session' : `Go on to ${hurt.next_name}`, () => {
        this.#act('session.resume');
        p.title.focus();
      }, easier ? 'button button-quiet' : 'button button-primary')),
      h('p', { class: 'muted' }, 'If the pain is severe or something new worries you, stop and ' +
        'contact a doctor.'));
  }

  // Cues that fell due: spoken and toned when allowed, announced politely. After a long gap
  // (a hidden tab) only the latest is played: a backlog of stale cues would only confuse.
  #playCues(cues) {
    if (!cues?.length) return;
    const latest = cues[cues.length - 1];
    // A stale cue goes in the log (cueLog) as neither spoken nor toned.
    for (const cue of cues) play(cue, cue === latest ? this.#settings : {});
    if (this.#parts?.live) this.#parts.live.replaceChildren(h('p', latest.text));
  }

  async #keepAwake() {
    if (this.#wakeLock || this.#asking || !navigator.wakeLock || document.visibilityState !== 'visible') return;
    this.#asking = true;
    try {
      const lock = await navigator.wakeLock.request('screen');
      lock.addEventListener('release', () => { if (this.#wakeLock === lock) this.#wakeLock = null; });
      if (this.#view?.state === 'running' && this.#mode === 'player') this.#wakeLock = lock;
      else lock.release().catch(() => {});  // paused or left while the browser was asked
    } catch {
      this.#wakeLock = null;  // refused (battery saver, no permission): the session still runs
    } finally {
      this.#asking = false;
    }
  }

  #releaseWake() {
    this.#wakeLock?.release().catch(() => {});
    this.#wakeLock = null;
  }

  // ---- after: pain, note, Save (stored before it says saved)
  #drawFinished(view) {
    this.#mode = 'finished';
    this.#releaseWake();
    const app = this.#app;
    const outlet = this.#outlet;
    let pain;
    const note = h('textarea', { id: 'session-note', rows: 3, maxlength: 2000 });
    const status = statusLine();
    const problem = problemLine();
    const save = h('button', { type: 'submit', class: 'button button-primary button-big' }, 'Save');
    swap(outlet,
      h('h1', { tabindex: '-1' }, 'Session finished'),
      h('p', { class: 'lead' }, `Well done. You moved for ${minutes(view.elapsed_ms)}.`),
      h('form', {
        class: 'finish-form',
        onsubmit: async (event) => {
          event.preventDefault();
          save.disabled = true;
          const extra = {};
          if (pain !== undefined) extra.pain_after = pain;
          if (note.value.trim()) extra.note = note.value;
          const response = await app.change({ cmd: 'session.save', ...extra });
          if (!response.ok) {
            save.disabled = false;
            showProblem(problem, response.error.message);
            return;
          }
          app.sessionRunning = false;
          this.#drawSaved(response.saved);
        },
      },
      scale({ name: 'pain-after', legend: 'How is your pain now?',
        hint: 'Compare with before you started. 0 is no pain, 10 is the worst you can imagine.',
        onchange: (value) => { pain = value; } }),
      field('Note (optional)', note),
      problem,
      h('div', { class: 'actions' }, save,
        button('Don\'t save', async () => {
          const yes = await confirm({
            title: 'Leave without saving?',
            text: 'This session will not appear in your journal or your progress.',
            yes: 'Leave without saving', no: 'Go back and save', danger: true,
          });
          if (!yes) return;
          app.core.call({ cmd: 'session.cancel' });
          app.sessionRunning = false;
          location.hash = '#/today';
        })),
      status));
    outlet.querySelector('h1').focus();
  }

  #drawSaved(saved) {
    const outlet = this.#outlet;
    swap(outlet,
      h('h1', { tabindex: '-1' }, saved ? 'Saved' : 'Not saved yet'),
      h('p', { class: 'lead', role: 'status', 'data-saved': String(saved) }, saved
        ? 'Your session is saved on this device.'
        : 'This device did not let Limber save it yet. It is kept while this page is open.'),
      h('div', { class: 'actions' },
        h('a', { class: 'button button-primary', href: '#/today' }, 'Back to Today'),
        h('a', { class: 'button button-quiet', href: '#/progress' }, 'See your progress')));
    outlet.querySelector('h1').focus();
  }
}

