// The red-flag check: the core's questionnaire a few questions per screen (its groups), then
// the core's verdict. Which questions show, which are missing and what the result means all
// come from the core; this file lays them out.
import { button, choices, h, put, saidSaved, statusLine, swap } from '../dom.js';
import { longDate } from '../words.js';

// Kept while the app runs, so that a re-render (another tab saved) keeps the answers.
const state = { mode: 'intro', page: 0, answers: {}, hidden: [], unanswered: [], verdict: null };
let questionnaire = null;

export function render({ app, outlet, again }) {
  questionnaire ||= app.core.call({ cmd: 'screening.questions' }).result;
  if (!again) Object.assign(state, { mode: 'intro', page: 0, verdict: null });
  const draw = () => {
    outlet.replaceChildren();
    if (state.mode === 'questions') questions(app, outlet, draw);
    else if (state.mode === 'result') result(app, outlet, state.verdict, draw);
    else intro(app, outlet, draw);
  };
  draw();
}

function focusHeading(outlet, selector = 'h1') {
  const heading = outlet.querySelector(selector);
  heading.tabIndex = -1;
  heading.focus();
  window.scrollTo(0, 0);
}

function intro(app, outlet, draw) {
  const latest = app.core.call({ cmd: 'screening.latest' }).result;
  put(outlet,
    h('h1', 'Check for warning signs'),
    h('p', { class: 'lead' }, 'A few questions look for the rare signs that mean a doctor ' +
      'should see you before you exercise. Answer for how you are now.'),
    h('p', 'It takes about five minutes. "Not sure" is always a fine answer.'),
    latest ? h('div', { class: 'panel' },
      h('p', `Your last check was on ${longDate(latest.date)}: `,
        h('strong', latest.verdict ? latest.verdict.title : 'it needs doing again')),
      latest.verdict ? button('See that result', () => {
        Object.assign(state, { mode: 'result', verdict: latest.verdict, saved: true });
        draw();
        focusHeading(outlet);
      }) : null) : null,
    h('div', { class: 'actions' }, button(latest ? 'Do the check again' : 'Start the check', () => {
      Object.assign(state, { mode: 'questions', page: 0, answers: {}, hidden: [], unanswered: [] });
      evaluate(app);
      draw();
      focusHeading(outlet, 'h2');
    }, 'button button-primary')),
  );
}

// Asks the core which questions these answers rule out and which are still missing. Answers
// to questions that are now hidden are dropped, so they cannot count.
function evaluate(app) {
  for (let round = 0; round < 3; round++) {
    const response = app.core.call({ cmd: 'screening.evaluate', answers: state.answers });
    if (!response.ok) return response.error.message;
    state.hidden = response.result.hidden || [];
    state.unanswered = response.result.unanswered;
    const dropped = state.hidden.filter((id) => id in state.answers);
    if (!dropped.length) return null;
    for (const id of dropped) delete state.answers[id];
  }
  return null;
}

function pages() {
  return questionnaire.groups
    .map((group) => ({
      group,
      questions: questionnaire.questions.filter((q) => q.group === group.id),
    }))
    .filter((page) => page.questions.some((q) => !state.hidden.includes(q.id)));
}

function questionField(app, q, onAnswered) {
  const set = (value) => {
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
      delete state.answers[q.id];
    } else {
      state.answers[q.id] = value;
    }
    onAnswered();
  };
  let field;
  if (q.type === 'number') {
    const hintId = `hint-${q.id}`;
    const input = h('input', {
      type: 'number', id: `q-${q.id}`, name: q.id, inputmode: 'numeric',
      min: q.min, max: q.max, step: q.whole ? 1 : 'any',
      value: state.answers[q.id] ?? '',
      'aria-describedby': q.hint ? hintId : null,
      onchange: () => set(input.value === '' ? undefined : Number(input.value)),
    });
    field = h('div', { class: 'question question-number', 'data-question': q.id },
      h('label', { for: `q-${q.id}`, class: 'question-text' }, q.text),
      q.hint ? h('p', { class: 'hint', id: hintId }, q.hint) : null,
      h('p', { class: 'number-row' }, input, q.unit ? h('span', ` ${q.unit}`) : null));
  } else {
    field = choices({
      name: q.id,
      legend: q.text,
      legendClass: 'question-text',
      hint: q.hint,
      options: q.options,
      value: state.answers[q.id],
      multiple: q.type === 'multi_choice',
      onchange: set,
      className: `choices question ${q.options.length <= 3 ? 'choices-inline' : ''}`,
    });
    field.dataset.question = q.id;
  }
  field.hidden = state.hidden.includes(q.id);
  if (q.required) field.dataset.required = '';
  return field;
}

function questions(app, outlet, draw) {
  const all = pages();
  state.page = Math.min(state.page, all.length - 1);
  const { group, questions: asked } = all[state.page];
  const last = state.page === all.length - 1;
  const problem = h('div', { class: 'problem', role: 'alert', hidden: true, tabindex: '-1' });
  const fields = [];
  const update = () => {
    const error = evaluate(app);
    for (const field of fields) field.hidden = state.hidden.includes(field.dataset.question);
    if (error) showProblem([error]);
    else if (!problem.hidden) problem.hidden = true;
  };
  const showProblem = (lines) => {
    swap(problem, h('p', h('strong', 'Please check this screen:')),
      h('ul', lines.map((line) => h('li', line))));
    problem.hidden = false;
  };
  for (const q of asked) fields.push(questionField(app, q, update));

  const next = () => {
    const error = evaluate(app);
    if (error) {
      showProblem([error]);
      problem.focus();
      return;
    }
    const missing = asked.filter((q) => state.unanswered.includes(q.id));
    if (missing.length) {
      showProblem(missing.map((q) => `Answer: ${q.text}`));
      problem.focus();
      return;
    }
    if (!last) {
      state.page++;
      draw();
      focusHeading(outlet, 'h2');
      return;
    }
    submit(app, outlet, draw);
  };

  put(outlet,
    h('h1', { class: 'check-running' }, 'Check for warning signs'),
    h('p', { class: 'progress-text' }, `Screen ${state.page + 1} of ${all.length}`),
    h('progress', { max: all.length, value: state.page + 1, 'aria-hidden': 'true' }),
    h('h2', { class: 'group-title' }, group.title),
    group.intro ? h('p', { class: 'lead' }, group.intro) : null,
    h('form', {
      class: 'check-form',
      novalidate: true,
      onsubmit: (event) => { event.preventDefault(); next(); },
    },
    fields,
    problem,
    h('div', { class: 'actions actions-split' },
      h('button', { type: 'submit', class: 'button button-primary' }, last ? 'See the result' : 'Next'),
      button('Back', () => {
        if (state.page === 0) state.mode = 'intro';
        else state.page--;
        draw();
        focusHeading(outlet, state.mode === 'intro' ? 'h1' : 'h2');
      }))),
  );
}

async function submit(app, outlet, draw) {
  const response = app.core.call({
    cmd: 'screening.evaluate', answers: state.answers, date: app.today(), save: !app.readOnly,
  });
  if (!response.ok) return;
  Object.assign(state, { mode: 'result', verdict: response.result, saved: false });
  draw();
  focusHeading(outlet);
  const saved = await app.save();
  const line = outlet.querySelector('[data-saved]');
  if (line) line.textContent = saved ? 'Your answers are saved on this device.' : 'Not saved yet.';
}

const LEVEL_CLASS = { emergency: 'alarm', urgent: 'alarm', soon: 'soon', self_care: 'clear' };

// The verdict: what to do first and in plain sight, then why, then where the advice is from.
function verdictView(app, verdict, { onAcknowledged } = {}) {
  const tone = LEVEL_CLASS[verdict.level] || 'soon';
  const [first, ...more] = verdict.actions.length ? verdict.actions : [verdict.action];
  const section = h('section', { class: `verdict verdict-${tone}`, 'data-level': verdict.level });
  put(section, h('div', { class: 'verdict-action' },
    h('h2', tone === 'alarm' ? 'What to do now' : 'What to do'),
    h('p', { class: 'verdict-first' }, first),
    more.length ? h('ul', more.map((line) => h('li', line))) : null));

  if (verdict.programme === 'locked' && verdict.complete) {
    put(section, h('p', { class: 'locked-note' },
      'The exercises stay locked until you do the check again after seeing a doctor.'));
  }
  if (verdict.programme === 'gentle_after_ack' && verdict.acknowledgement) {
    const status = statusLine();
    const confirmed = button(verdict.acknowledgement, async () => {
      confirmed.disabled = true;
      const response = await app.change({ cmd: 'screening.acknowledge' });
      confirmed.disabled = false;
      status.textContent = saidSaved(response, 'Thank you. Saved.');
      if (response.ok) onAcknowledged?.();
    }, 'button button-primary button-wrap');
    put(section, h('div', { class: 'acknowledge' },
      h('p', 'When you have read this, confirm it to open the gentle moves:'), confirmed, status));
  }
  if (verdict.reasons.length) {
    put(section, h('h2', 'Why'), h('ul', { class: 'reasons' }, verdict.reasons.map((r) =>
      h('li', r.text, r.unsure ? h('span', { class: 'muted' }, ' (you answered "Not sure")') : null))));
  }
  const changes = (verdict.precautions || []).filter((p) => p.reason);
  if (changes.length) {
    put(section, h('h2', 'Changes to your exercises'),
      h('ul', changes.map((p) => h('li', p.reason))));
  }
  put(section,
    h('p', { class: 'not-diagnosis' }, verdict.not_a_diagnosis),
    h('details', { class: 'sources' }, h('summary', 'Where this advice comes from'),
      h('ul', verdict.sources.map((s) => h('li', s)))));
  return section;
}

function result(app, outlet, verdict, draw) {
  const ready = verdict.programme === 'full';
  put(outlet,
    h('h1', { class: `verdict-title verdict-title-${LEVEL_CLASS[verdict.level] || 'soon'}` },
      verdict.title),
    verdictView(app, verdict, {
      onAcknowledged: () => { location.hash = '#/today'; },
    }),
    h('p', { class: 'muted', 'data-saved': '', role: 'status' },
      state.saved ? '' : 'Saving…'),
    h('div', { class: 'actions' },
      ready ? h('a', { class: 'button button-primary', href: '#/today' }, 'Go to today\'s plan') : null,
      button('Back to the start of the check', () => {
        Object.assign(state, { mode: 'intro' });
        draw();
        focusHeading(outlet);
      })),
  );
}
