// Progress: the core's statistics as words and two small charts (each with its numbers in a
// table for screen readers), then the journal's history with edit and delete. Every piece of
// the person's own text goes in as text, never as markup.
import {
  button, card, confirm, field, h, problemLine, put, saidSaved, scale, showProblem, statusLine, swap,
} from '../dom.js';
import { longDate, plural, shortDate } from '../words.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 320;  // both charts' viewBox, W by H
const H = 170;
const TOP = 10;  // room above the plot, and below it for the dates
const BOTTOM = 30;
let flash = null;
let shown = 20;  // history entries on screen; "Show more" adds more

function s(tag, attrs = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  for (const child of children.flat(Infinity)) if (child) element.append(child);
  return element;
}

export function render({ app, outlet, again }) {
  if (!again) shown = 20;
  const draw = () => {
    outlet.replaceChildren();
    drawProgress(app, outlet, draw);
    if (flash) {
      const line = outlet.querySelector('[data-flash]');
      line.textContent = flash;
      line.focus();
      flash = null;
    }
  };
  draw();
}

function drawProgress(app, outlet, draw) {
  const stats = app.core.call({ cmd: 'stats.get', date: app.today(), weeks: 8 }).result;
  const entries = app.core.call({ cmd: 'journal.list' }).result.entries;
  const percent = (x) => `${Math.round(x * 100)}%`;
  put(outlet,
    h('h1', 'Your progress'),
    card('h-week', 'This week',
      h('ul', { class: 'stat-list' },
        h('li', h('span', { class: 'stat' }, String(stats.current_streak)),
          ` ${stats.current_streak === 1 ? 'day' : 'days'} in a row (your longest: ${stats.longest_streak})`),
        h('li', h('span', { class: 'stat' }, `${stats.sessions_this_week} of ${stats.sessions_target}`),
          ' sessions'),
        h('li', h('span', { class: 'stat' },
          `${stats.walking_minutes_this_week} of ${stats.walking_minutes_target}`), ' minutes walking'),
        stats.adherence === null ? null : h('li', { class: 'muted' },
          `Over the last 4 weeks: ${stats.sessions_done_4w} of ${stats.sessions_planned_4w} planned ` +
          `sessions (${percent(stats.adherence)}). Any movement counts; go at your own pace.`))),
    h('div', { class: 'columns' }, painChart(stats), minutesChart(stats)),
    stats.activities.length ? card('h-activities', 'Your activities',
      h('ul', stats.activities.map((a) => h('li',
        h('strong', a.name), `: latest ${a.latest ?? '–'} out of 10, ${a.trend.text}`)))) : null,
    history(app, entries, draw),
  );
}

// What both charts share: a grid line and its number at each tick on the y axis, the marks,
// and under them the first date on the left and the last on the right. The numbers and marks
// are in tables for screen readers; the picture is hidden from them.
function chart({ left, y, ticks, first, last }, ...marks) {
  const axis = (attrs, text) => s('text', { ...attrs, class: 'axis' }, text);
  return s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', 'aria-hidden': 'true', focusable: 'false' },
    ticks.map((v) => [
      s('line', { x1: left, x2: W - 6, y1: y(v), y2: y(v), class: 'grid' }),
      axis({ x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
    ]),
    marks,
    axis({ x: left, y: H - 8 }, first),
    axis({ x: W - 6, y: H - 8, 'text-anchor': 'end' }, last));
}

function table(caption, heads, rows) {
  return h('div', { class: 'visually-hidden' }, h('table',
    h('caption', caption),
    h('thead', h('tr', heads.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', rows.map((cells) => h('tr', cells.map((text) => h('td', String(text))))))));
}

function painChart(stats) {
  const left = 28;
  const series = stats.pain_series;
  const x = (i) => left + (i * (W - left - 10)) / (series.length - 1);
  const y = (pain) => TOP + ((10 - pain) * (H - TOP - BOTTOM)) / 10;
  const points = series.map((d, i) => (d.pain === null ? null : [x(i), y(d.pain), d]))
    .filter(Boolean);
  const svg = chart({ left, y, ticks: [0, 5, 10], first: shortDate(series[0].date), last: 'Today' },
    points.length > 1 ? s('polyline', { class: 'line', points: points.map(([px, py]) => `${px},${py}`).join(' ') }) : null,
    points.map(([px, py]) => s('circle', { cx: px, cy: py, r: 4, class: 'point' })));
  const recorded = series.filter((d) => d.pain !== null);
  const summary = recorded.length
    ? `${plural(recorded.length, 'day')} with a pain score in the last 4 weeks. ` +
      (stats.pain_average_7d === null ? '' : `Average over the last 7 days: ${stats.pain_average_7d.toFixed(1)}. `) +
      stats.pain_trend.text
    : 'No pain scores yet. They come from your daily check-ins.';
  return card('h-pain', 'Pain over 4 weeks',
    h('p', { 'data-pain-summary': '' }, summary),
    h('figure', { class: 'chart-box' }, svg,
      h('figcaption', { class: 'muted' }, 'Pain from 0 (none) to 10 (worst), one point per check-in day.')),
    recorded.length ? table('Pain score by day', ['Day', 'Pain'],
      recorded.map((d) => [longDate(d.date), d.pain])) : null);
}

function minutesChart(stats) {
  const left = 34;
  const weeks = stats.weekly;
  const most = Math.max(30, ...weeks.map((w) => Math.max(w.session_minutes, w.walking_minutes)));
  const step = (W - left - 6) / weeks.length;
  const bar = Math.min(12, step / 2 - 2);
  const y = (m) => TOP + (H - TOP - BOTTOM) * (1 - m / most);
  const bars = weeks.map((w, i) => {
    const x0 = left + i * step + step / 2 - bar - 1;
    return [
      s('rect', { x: x0, y: y(w.session_minutes), width: bar, height: y(0) - y(w.session_minutes), class: 'bar-session' }),
      s('rect', { x: x0 + bar + 2, y: y(w.walking_minutes), width: bar, height: y(0) - y(w.walking_minutes), class: 'bar-walking' }),
    ];
  });
  const svg = chart(
    { left, y, ticks: [0, most], first: shortDate(weeks[0].week_start), last: 'This week' }, bars);
  return card('h-minutes', 'Minutes each week',
    h('figure', { class: 'chart-box' }, svg,
      h('figcaption',
        h('span', { class: 'key key-session' }, 'Guided sessions'),
        h('span', { class: 'key key-walking' }, 'Walking'))),
    table('Minutes each week', ['Week starting', 'Sessions (minutes)', 'Walking (minutes)'],
      weeks.map((w) => [longDate(w.week_start), w.session_minutes, w.walking_minutes])));
}

const TYPE_NAMES = { session: 'Session', checkin: 'Check-in', habits: 'Daily habits' };

function describe(entry) {
  const lines = [];
  if (entry.type === 'session') {
    const done = entry.exercises.filter((e) => e.status === 'done').length;
    lines.push(`${done} of ${entry.exercises.length} exercises done`);
    const before = entry.pain_before ?? '–';
    const after = entry.pain_after ?? '–';
    lines.push(`Pain before ${before}, after ${after}`);
    if (entry.exercises.some((e) => e.status === 'stopped_hurts')) lines.push('Stopped one because it hurt');
  } else if (entry.type === 'checkin') {
    lines.push(`Pain ${entry.pain} out of 10`);
    for (const a of entry.activities || []) lines.push(`${a.name}: ${a.score} out of 10`);
    if (entry.walking_minutes !== undefined) lines.push(`Walked ${entry.walking_minutes} minutes`);
    if (entry.new_symptom) lines.push('Something new since the check');
  } else if (entry.type === 'habits') {
    lines.push(`${plural(entry.ticked.length, 'habit')} ticked`);
  }
  return lines;
}

function history(app, entries, draw) {
  const status = statusLine('');
  const list = h('ol', { class: 'history' }, entries.slice(0, shown).map((entry) => {
    const item = h('li', { class: 'entry', 'data-entry': entry.id });
    const name = TYPE_NAMES[entry.type];
    const what = `${name} of ${longDate(entry.date)}`;
    const view = () => {
      swap(item,
        h('h3', `${name} · ${longDate(entry.date)}`),
        h('ul', { class: 'entry-lines' }, describe(entry).map((line) => h('li', line))),
        entry.note ? h('p', { class: 'note' }, h('span', { class: 'visually-hidden' }, 'Note: '), entry.note) : null,
        h('div', { class: 'entry-actions' },
          entry.type === 'habits' ? null : h('button', {
            type: 'button', class: 'button button-small button-quiet', onclick: edit,
            'aria-label': `Edit ${what}`,
          }, 'Edit'),
          h('button', {
            type: 'button', class: 'button button-small button-quiet', onclick: remove,
            'aria-label': `Delete ${what}`,
          }, 'Delete')));
    };
    const remove = async () => {
      const yes = await confirm({
        title: 'Delete this entry?',
        text: `${what}. This cannot be undone.`,
        yes: 'Delete', no: 'Keep it', danger: true,
      });
      if (!yes) return;
      const response = await app.change({ cmd: 'journal.delete', id: entry.id });
      flash = saidSaved(response, 'Deleted.', 'Deleted, not saved yet.');
      draw();
    };
    const edit = () => {
      const changed = { ...entry };
      const key = entry.type === 'session' ? 'pain_after' : 'pain';
      const note = h('textarea', { id: `note-${entry.id}`, rows: 3, maxlength: 2000 });
      note.value = entry.note || '';
      const problem = problemLine();
      swap(item, h('form', {
        class: 'edit-form',
        onsubmit: async (event) => {
          event.preventDefault();
          if (note.value.trim()) changed.note = note.value;
          else delete changed.note;
          const response = await app.change({ cmd: 'journal.edit', entry: changed });
          if (!response.ok) {
            showProblem(problem, response.error.message);
            return;
          }
          flash = response.saved ? 'Saved.' : 'Changed, not saved yet.';
          draw();
        },
      },
      h('h3', { tabindex: '-1' }, `Edit: ${name} · ${longDate(entry.date)}`),
      scale({
        name: `edit-${entry.id}`,
        legend: entry.type === 'session' ? 'Pain after the session' : 'Pain',
        value: entry[key],
        onchange: (value) => { changed[key] = value; },
      }),
      field('Note', note),
      problem,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'button' }, 'Save changes'),
        button('Cancel', () => {
          view();
          item.querySelector('button').focus();
        }))));
      item.querySelector('h3').focus();
    };
    view();
    return item;
  }));
  return card('h-history', 'History',
    status,
    entries.length ? list : h('p', 'Nothing yet. Your sessions and check-ins will be listed here.'),
    entries.length > shown ? button('Show more', () => {
      shown += 20;
      draw();
    }) : null);
}
