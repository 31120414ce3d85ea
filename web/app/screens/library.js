// The exercise library: search and filters (the core's vocabulary), cards with pictures, and
// one exercise in full at #/library/ID.
import { field, h, picture, put } from '../dom.js';
import { dose, plural } from '../words.js';

const FILTERS = [
  ['region', 'Body area'],
  ['category', 'Kind'],
  ['position', 'Position'],
  ['equipment', 'Equipment'],
];
const filters = { search: '' };  // kept while the app runs, so Back returns to the same list

export function render({ app, outlet, param }) {
  const vocabulary = app.core.call({ cmd: 'catalogue.vocabulary' }).result;
  // The core's everyday words for each value ("Lying on your back" for supine).
  const named = (kind) => (value) => vocabulary.labels[kind]?.[value] ?? String(value);
  if (param) detail(app, outlet, param, named);
  else list(app, outlet, vocabulary, named);
}

function list(app, outlet, vocabulary, named) {
  const results = h('ul', { class: 'cards' });
  const count = h('p', { class: 'result-count', role: 'status' });
  const update = () => {
    const request = { cmd: 'catalogue.query' };
    for (const [key, value] of Object.entries(filters)) {
      if (value === '' || value === undefined) continue;
      request[key] = key === 'level' ? Number(value) : value;
    }
    const response = app.core.call(request);
    const exercises = response.ok ? response.result.exercises : [];
    count.textContent = plural(exercises.length, 'exercise');
    results.replaceChildren(...exercises.map((e) => card(app, e, named)));
  };
  const select = (key, text, values) => field(text, h('select', {
    id: `filter-${key}`,
    onchange: (event) => { filters[key] = event.target.value; update(); },
  },
  h('option', { value: '' }, 'Any'),
  values.map(([value, name]) => h('option', { value, selected: filters[key] === String(value) }, name))));
  put(outlet,
    h('h1', 'Exercise library'),
    h('p', { class: 'lead' }, 'Every exercise Limber uses, with a picture and short steps.'),
    h('form', { class: 'filters', role: 'search', onsubmit: (event) => event.preventDefault() },
      h('p', { class: 'field field-search' },
        h('label', { for: 'library-search' }, 'Search'),
        h('input', {
          type: 'search', id: 'library-search', value: filters.search, autocomplete: 'off',
          oninput: (event) => { filters.search = event.target.value; update(); },
        })),
      h('details', {
        class: 'filter-box',
        open: Object.keys(filters).some((key) => key !== 'search' && filters[key]) ||
          matchMedia('(min-width: 60em)').matches,
      },
      h('summary', 'Filters'),
      h('div', { class: 'filter-grid' },
        FILTERS.map(([key, text]) => select(key, text, vocabulary[key].map((v) => [v, named(key)(v)]))),
        select('level', 'Level', Object.entries(vocabulary.labels.level))))),
    count,
    results,
  );
  update();
}

function card(app, e, named) {
  const svg = app.core.call({ cmd: 'figure.svg', id: e.id, aspect: 1.6 }).result?.svg;
  return h('li', { class: 'exercise-card' },
    picture(svg, { decorative: true, className: 'figure figure-card' }),
    h('div', { class: 'card-text' },
      h('h2', h('a', { href: `#/library/${e.id}` }, e.name)),
      h('p', e.summary),
      h('p', { class: 'meta' },
        `${named('position')(e.position)} · ${named('level')(e.level)} · ${named('category')(e.category)}`)));
}

function detail(app, outlet, id, named) {
  const response = app.core.call({ cmd: 'exercise.get', id });
  if (!response.ok) {
    put(outlet, h('h1', 'Exercise not found'),
      h('p', 'This exercise is not in the library.'),
      h('p', h('a', { href: '#/library' }, 'All exercises')));
    return;
  }
  const e = response.result;
  const links = (list) => h('ul', { class: 'link-list' },
    list.map((x) => h('li', h('a', { href: `#/library/${x.id}` }, x.name))));
  put(outlet,
    h('p', { class: 'back-link' }, h('a', { href: '#/library' }, '← All exercises')),
    h('h1', e.name),
    picture(e.figure_svg, { className: 'figure figure-large' }),
    h('p', { class: 'lead' }, e.summary),
    h('dl', { class: 'facts' },
      h('dt', 'How much'), h('dd', dose(e.dosage)),
      h('dt', 'Position'), h('dd', named('position')(e.position)),
      h('dt', 'You need'), h('dd', e.equipment.map(named('equipment')).join(', ')),
      h('dt', 'Level'), h('dd', named('level')(e.level)),
      h('dt', 'Works on'), h('dd', e.regions.map(named('region')).join(', '))),
    h('h2', 'Steps'),
    h('ol', { class: 'steps' }, e.steps.map((s) => h('li', s))),
    e.cues.length ? [h('h2', 'Tips'), h('ul', e.cues.map((c) => h('li', c)))] : null,
    e.feel ? [h('h2', 'What you should feel'), h('p', e.feel)] : null,
    e.stop_if ? h('div', { class: 'panel panel-stop' },
      h('h2', 'Stop if'), h('p', e.stop_if)) : null,
    e.easier_exercises.length ? [h('h2', 'Easier'), links(e.easier_exercises)] : null,
    e.harder_exercises.length ? [h('h2', 'Harder'), links(e.harder_exercises)] : null,
    e.sources?.length ? h('details', { class: 'sources' }, h('summary', 'Sources'),
      h('ul', e.sources.map((s) => h('li', s)))) : null,
  );
}
