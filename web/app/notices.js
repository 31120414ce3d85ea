// notices.js: the calm messages around the screens. Their words live in index.html templates.
//
//   announce('Saved.')                   read out politely by screen readers, not shown
//   showNotice(region, 'tpl-update', { reload: () => … })   fills a region from a template and
//                                         wires its [data-action] buttons to the handlers
//   clearNotice(region)

export function announce(text) {
  const region = document.getElementById('announcer');
  const line = document.createElement('p');
  line.textContent = text;
  // A new node is announced even when the words repeat.
  region.replaceChildren(line);
}

export function showNotice(region, templateId, handlers = {}) {
  const content = document.getElementById(templateId).content.cloneNode(true);
  for (const button of content.querySelectorAll('[data-action]')) {
    button.addEventListener('click', () => handlers[button.dataset.action]?.(button));
  }
  region.replaceChildren(content);
  region.hidden = false;
}

export function clearNotice(region) {
  region.replaceChildren();
  region.hidden = true;
}
