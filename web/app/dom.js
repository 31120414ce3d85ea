// dom.js: building the screens without innerHTML. Text always goes in as text nodes, so a
// note that looks like markup is shown as the characters the person typed.
//
//   h('p', { class: 'lead' }, 'Hello ', h('strong', name))
//   h('button', { type: 'button', onclick: () => … }, 'Start')
//   put(parent, a, maybeNull, [b, c])   appends, skipping null/false and flattening lists
//   picture(svgText, { decorative: true })   the core's SVG figure as an element
//   choices({ name, legend, options, value, onchange })   big radio buttons in a fieldset
//   await confirm({ title, text, yes, no })   a modal <dialog>; true when confirmed
//   card('h-week', 'This week', …)      a section with its heading; button, field, statusLine,
//   problemLine and saidSaved: the pieces every screen's forms are made of

let nextId = 0;
export const uid = (prefix = 'id') => `${prefix}-${++nextId}`;

export function h(tag, props, ...children) {
  // No attributes: h('li', 'text') is h('li', {}, 'text').
  if (props?.constructor !== Object) {
    children.unshift(props);
    props = {};
  }
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else if (key in element && !key.startsWith('aria') && !key.startsWith('data')
      && typeof value !== 'string') element[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

// Element.append() would print null as "null" and a list as "[object …]": these skip empty
// children and flatten lists.
export const put = (parent, ...children) => append(parent, children);
export const swap = (parent, ...children) => {
  parent.replaceChildren();
  return append(parent, children);
};

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

// The core's figures are its own output (never the person's text), parsed as XML so that
// nothing in them can run; decorative copies are hidden from screen readers.
const parser = new DOMParser();
export function picture(svgText, { decorative = false, className = 'figure' } = {}) {
  const wrap = h('div', { class: className });
  if (!svgText) return wrap;
  const parsed = parser.parseFromString(svgText, 'image/svg+xml').documentElement;
  if (parsed.nodeName !== 'svg') return wrap;
  const svg = document.importNode(parsed, true);
  svg.setAttribute('focusable', 'false');
  if (decorative) {
    svg.setAttribute('aria-hidden', 'true');
    svg.removeAttribute('role');
    svg.querySelector('title')?.remove();
  }
  wrap.append(svg);
  return wrap;
}

// A group of big radio buttons (one answer) or checkboxes (multiple: true).
export function choices({
  name, legend, hint, options, value, onchange, multiple = false, className = 'choices',
  legendClass,
}) {
  const hintId = hint ? uid('hint') : null;
  const selected = new Set(multiple ? value || [] : value === undefined ? [] : [value]);
  const fieldset = h('fieldset', { class: className, 'aria-describedby': hintId });
  fieldset.append(h('legend', { class: legendClass }, legend));
  if (hint) fieldset.append(h('p', { class: 'hint', id: hintId }, hint));
  const row = h('div', { class: 'choice-row' });
  for (const option of options) {
    const input = h('input', {
      type: multiple ? 'checkbox' : 'radio',
      name,
      value: String(option.value),
      checked: selected.has(option.value),
      onchange: () => {
        if (!onchange) return;
        if (multiple) {
          const picked = [...row.querySelectorAll('input:checked')].map((i) => i.value);
          onchange(options.filter((o) => picked.includes(String(o.value))).map((o) => o.value));
        } else {
          onchange(option.value);
        }
      },
    });
    row.append(h('label', { class: 'choice' }, input, h('span', option.text)));
  }
  fieldset.append(row);
  return fieldset;
}

// The 0-10 scale used for pain and for activities.
export function scale({ name, legend, hint, value, onchange, low = 'no pain', high = 'worst' }) {
  const options = Array.from({ length: 11 }, (_, n) => ({ value: n, text: String(n) }));
  const group = choices({ name, legend, hint, options, value, onchange, className: 'choices scale' });
  group.append(h('p', { class: 'scale-ends', 'aria-hidden': 'true' },
    h('span', `0 ${low}`), h('span', `10 ${high}`)));
  return group;
}

// A modal question. The dialog element traps focus, closes on Escape and returns focus.
export function confirm({ title, text, yes, no = 'Cancel', danger = false }) {
  return new Promise((resolve) => {
    const titleId = uid('dialog');
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, title),
      text ? h('p', text) : null,
      h('form', { method: 'dialog', class: 'actions' },
        h('button', { class: `button ${danger ? 'button-danger' : ''}`, value: 'yes' }, yes),
        h('button', { class: 'button button-quiet', value: 'no', autofocus: true }, no)));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'yes');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

// Offers a file to the person (export). Blob URLs stay on this origin.
export function download(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// A card: a section named by its heading.
export function card(id, title, ...children) {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), children);
}

export function button(text, onclick, className = 'button button-quiet') {
  return h('button', { type: 'button', class: className, onclick }, text);
}

// A form field with its label above it.
export function field(text, input) {
  return h('p', { class: 'field' }, h('label', { for: input.id }, text), input);
}

// A polite status line next to a form ("Saved."); role=status is read without moving focus.
// With a flash name, a screen that redraws finds it again (data-flash) and may focus it.
export function statusLine(flash) {
  const line = h('p', { class: 'status-line', role: 'status' });
  if (flash !== undefined) {
    line.dataset.flash = flash;
    line.tabIndex = -1;
  }
  return line;
}

// A form's problem, read out at once (role=alert); hidden until showProblem() fills it.
export function problemLine() {
  return h('p', { class: 'problem', role: 'alert', hidden: true });
}

export function showProblem(line, text) {
  line.textContent = text;
  line.hidden = false;
}

// What became of a change, in words: the core's refusal, or whether it is stored yet.
export function saidSaved(response, saved = 'Saved.', kept = 'Not saved yet.') {
  return !response.ok ? response.error.message : response.saved ? saved : kept;
}
