// Today: the plan's state (locked, waiting for a confirmation, or ready), today's session with
// one primary action, the week, walking, the daily check-in and the habits checklist.
import {
  card, choices, field, h, problemLine, put, saidSaved, scale, showProblem, statusLine,
} from '../dom.js';
import { dose, longDate, weekday, weekdayLong } from '../words.js';

let flash = null;  // { section, text }: shown once after the screen is redrawn

export function render({ app, outlet }) {
  const draw = () => {
    outlet.replaceChildren();
    drawToday(app, outlet, draw);
  };
  draw();
}

function after(draw, outlet, name, text) {
  flash = { section: name, text };
  draw();
  const target = outlet.querySelector(`[data-flash="${name}"]`);
  target?.focus();
}

function drawToday(app, outlet, draw) {
  const date = app.today();
  const plan = app.core.call({ cmd: 'plan.get', date }).result;
  const stats = app.core.call({ cmd: 'stats.get', date, weeks: 1 }).result;
  put(outlet, h('h1', 'Today'), h('p', { class: 'subtitle' }, longDate(date)));

  if (plan.offer_check) {
    put(outlet, h('div', { class: 'panel panel-attention' },
      h('h2', 'Please do the check again'),
      h('p', 'You noted a new symptom or strong pain. Before your next session, run through ' +
        'the check for warning signs again.'),
      h('a', { class: 'button button-primary', href: '#/check' }, 'Do the check again')));
  }

  put(outlet, h('div', { class: 'columns' },
    h('div', planPart(app, plan, draw, outlet), sciaticaCards(app, plan), weekPart(plan),
      walkingPart(plan, stats)),
    h('div', checkinPart(app, draw, outlet), habitsPart(app, date, draw, outlet))));

  if (flash) {
    const target = outlet.querySelector(`[data-flash="${flash.section}"]`);
    if (target) target.textContent = flash.text;
    flash = null;
  }
}

function planPart(app, plan, draw, outlet) {
  if (plan.status === 'locked') {
    return h('section', { class: 'panel panel-locked', 'aria-labelledby': 'h-plan' },
      h('h2', { id: 'h-plan' }, 'Exercises are locked'),
      plan.check?.title ? h('p', 'Your last check: ', h('strong', plan.check.title)) : null,
      h('p', plan.message),
      h('a', { class: 'button button-primary', href: '#/check' },
        plan.check ? 'Do the check again' : 'Do the check'));
  }
  if (plan.status === 'needs_acknowledgement') {
    const status = statusLine('ack');
    const button = h('button', {
      type: 'button', class: 'button button-primary button-wrap',
      onclick: async () => {
        button.disabled = true;
        const response = await app.change({ cmd: 'screening.acknowledge' });
        if (!response.ok) {
          button.disabled = false;
          status.textContent = response.error.message;
          return;
        }
        after(draw, outlet, 'plan', response.saved ? 'Confirmed and saved.' : 'Confirmed, not saved yet.');
      },
    }, plan.check.acknowledgement);
    return h('section', { class: 'panel panel-soon', 'aria-labelledby': 'h-plan' },
      h('h2', { id: 'h-plan' }, plan.check.title),
      h('p', plan.message),
      h('p', 'When you are ready, confirm:'), button, status,
      h('p', h('a', { href: '#/check' }, 'See the advice from your check')));
  }
  const { today } = plan;
  const status = statusLine('plan');
  return h('section', { class: 'card card-session', 'aria-labelledby': 'h-plan' },
    h('h2', { id: 'h-plan' }, 'Today\'s session'),
    h('p', { class: 'session-kind' }, today.kind_text,
      today.done ? h('strong', { class: 'done-badge' }, 'Done today') : null),
    status,
    today.exercises.length ? [
      h('p', `${today.exercises.length} exercises, starting with a warm-up. The timer guides you.`),
      h('div', { class: 'actions' },
        h('a', { class: `button button-big ${today.done ? '' : 'button-primary'}`, href: '#/session' },
          app.sessionRunning ? 'Continue your session'
            : today.done ? 'Do today\'s session again' : 'Start today\'s session')),
      h('details', { class: 'exercise-details', open: !today.done },
        h('summary', 'The exercises'),
        h('ol', { class: 'exercise-list' }, today.exercises.map((e) =>
          h('li',
            h('a', { href: `#/library/${e.id}`, class: 'exercise-name' }, e.name),
            h('span', { class: 'dose' }, e.warm_up ? `Warm-up · ${dose(e.dosage, false)}` : dose(e.dosage, false)),
            e.reason ? h('span', { class: 'swap' }, e.reason) : null)))),
    ] : h('p', 'Nothing is planned for today. A walk is still a good idea.'),
    plan.notes.length ? h('ul', { class: 'notes' }, plan.notes.map((n) => h('li', n))) : null);
}

function sciaticaCards(app, plan) {
  if (!plan.check?.show_sciatica_guidance) return null;
  const cards = app.core.call({ cmd: 'education.cards' }).result.cards
    .filter((c) => c.show_when === 'sciatica');
  if (!cards.length) return null;
  return card('h-sciatica', 'About pain down the leg',
    cards.map((c) => h('div', { class: 'mini-card' }, h('h3', c.title), h('p', c.summary))),
    h('p', h('a', { href: '#/learn' }, 'Read more in Learn')));
}

function weekPart(plan) {
  return card('h-week', 'This week',
    h('ol', { class: 'week' }, plan.week.map((day) => {
      const isToday = day.date === plan.today.date;
      const state = day.done ? 'Done' : day.kind === 'locked' ? 'Locked' : 'Planned';
      return h('li', {
        class: `day day-${day.kind} ${day.done ? 'day-done' : ''} ${isToday ? 'day-today' : ''}`,
        'aria-current': isToday ? 'date' : null,
      },
      h('span', { class: 'day-name', 'aria-hidden': 'true' }, weekday(day.date)),
      h('span', { class: 'visually-hidden' }, `${weekdayLong(day.date)}${isToday ? ' (today)' : ''}: `),
      h('span', { class: 'day-mark', 'aria-hidden': 'true' }, day.done ? '✓' : '•'),
      h('span', { class: 'day-kind' }, day.kind_text),
      h('span', { class: 'visually-hidden' }, `, ${state}`));
    })));
}

function walkingPart(plan, stats) {
  const { walking } = plan;
  return card('h-walking', 'Walking',
    h('p', `Today's goal: `, h('strong', `${walking.today_minutes} minutes`),
      ` (building up to ${walking.goal_minutes} minutes on ${walking.goal_days} days a week).`),
    h('p', 'This week so far: ', h('strong',
      `${stats.walking_minutes_this_week} of ${stats.walking_minutes_target} minutes`), '.'),
    h('meter', {
      min: 0, max: stats.walking_minutes_target, value: stats.walking_minutes_this_week,
      'aria-label': 'Walking minutes this week',
    }),
    h('p', { class: 'muted' }, 'Add your walking minutes in the check-in below.'));
}

function checkinPart(app, draw, outlet) {
  const settings = app.core.call({ cmd: 'settings.get' }).result;
  const entry = { pain: undefined, activities: {}, new_symptom: undefined };
  const status = statusLine('checkin');
  const problem = problemLine();
  const walking = h('input', {
    type: 'number', id: 'checkin-walking', min: 0, max: 1440, inputmode: 'numeric',
  });
  const note = h('textarea', { id: 'checkin-note', rows: 3, maxlength: 2000 });
  const form = h('form', {
    class: 'checkin',
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      if (entry.pain === undefined) {
        showProblem(problem, 'Please choose a number for your pain (0 to 10).');
        form.querySelector('input[name="checkin-pain"]').focus();
        return;
      }
      problem.hidden = true;
      const record = { type: 'checkin', date: app.today(), pain: entry.pain };
      record.activities = settings.activities
        .filter((name) => entry.activities[name] !== undefined)
        .map((name) => ({ name, score: entry.activities[name] }));
      if (walking.value !== '') record.walking_minutes = Number(walking.value);
      if (entry.new_symptom !== undefined) record.new_symptom = entry.new_symptom === 'yes';
      if (note.value.trim()) record.note = note.value;
      const response = await app.change({ cmd: 'journal.add', entry: record });
      if (!response.ok) {
        showProblem(problem, response.error.message);
        return;
      }
      after(draw, outlet, 'checkin', response.saved ? 'Check-in saved.' : 'Check-in kept, not saved yet.');
    },
  },
  scale({
    name: 'checkin-pain', legend: 'Your pain right now', value: entry.pain,
    onchange: (value) => { entry.pain = value; },
  }),
  settings.activities.map((name, i) => scale({
    name: `checkin-activity-${i}`,
    legend: `How well could you manage: ${name}?`,
    low: 'could not', high: 'as well as ever',
    onchange: (value) => { entry.activities[name] = value; },
  })),
  settings.activities.length ? null : h('p', { class: 'muted' },
    'You can add up to three everyday activities to rate here, in ',
    h('a', { href: '#/settings' }, 'Settings'), '.'),
  field('Minutes walked today', walking),
  choices({
    name: 'checkin-new-symptom',
    legend: 'Anything new since your check? (for example numbness, weakness or a fever)',
    options: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }],
    className: 'choices choices-inline',
    onchange: (value) => { entry.new_symptom = value; },
  }),
  field('Note (optional)', note),
  problem,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Save check-in')),
  status);
  return card('h-checkin', 'How are you today?',
    h('p', { class: 'muted' }, 'A quick check-in helps the plan fit how you feel.'), form);
}

function habitsPart(app, date, draw, outlet) {
  const { habits } = app.core.call({ cmd: 'checklist.get', date }).result;
  const status = statusLine();
  status.dataset.flash = 'habits';  // for tests: never focused, the ticked box keeps focus
  return card('h-habits', 'Daily habits',
    h('ul', { class: 'habits' }, habits.map((habit) => {
      const id = `habit-${habit.id}`;
      const whyId = `${id}-why`;
      return h('li',
        h('input', {
          type: 'checkbox', id, checked: habit.ticked, 'aria-describedby': whyId,
          onchange: async (event) => {
            status.textContent = saidSaved(await app.change({
              cmd: 'checklist.tick', date, habit: habit.id, ticked: event.target.checked,
            }));
          },
        }),
        h('label', { for: id }, habit.label),
        h('p', { class: 'hint', id: whyId }, habit.why));
    })),
    status);
}
