// Learn: the core's education cards, in its order, each with its sources.
import { h, put } from '../dom.js';

export function render({ app, outlet }) {
  put(outlet, h('h1', 'Learn'),
    h('p', { class: 'lead' }, 'Short reads about back and hip pain: what helps, what to go easy on, ' +
      'and when to see a doctor.'));
  const { cards } = app.core.call({ cmd: 'education.cards' }).result;
  put(outlet, h('ul', { class: 'learn-cards' }, cards.map((card) =>
    h('li',
      h('article', { class: 'card learn-card', 'aria-labelledby': `card-${card.id}` },
        h('h2', { id: `card-${card.id}` }, card.title),
        h('p', { class: 'lead' }, card.summary),
        h('details',
          h('summary', 'Read more', h('span', { class: 'visually-hidden' }, `: ${card.title}`)),
          (card.body || []).map((paragraph) => h('p', paragraph)),
          card.try_this ? h('p', { class: 'try-this' }, h('strong', 'Try this: '), card.try_this) : null,
          card.sources?.length ? [h('h3', 'Sources'),
            h('ul', { class: 'sources-list' }, card.sources.map((s) => h('li', s)))] : null))))));
}
