// router.js: hash routes (#/today, #/check…) and the focus management that goes with them.
//
//   const router = startRouter({ routes, outlet, nav, startRoute: () => 'today', render });
//   router.refresh()   re-renders the current screen in place (focus stays where it is)
//
// On navigation the new screen's heading takes focus, so a screen reader reads where the person
// is and the next Tab starts from there. The first screen after loading is not focused.

export function startRouter({ routes, outlet, nav, startRoute, render }) {
  function currentRoute() {
    const match = /^#\/([a-z-]+)$/.exec(location.hash);
    return match && routes.includes(match[1]) ? match[1] : null;
  }

  function show({ focus }) {
    const route = currentRoute();
    if (!route) {
      history.replaceState(null, '', `#/${startRoute()}`);
      return show({ focus });
    }
    render(route, outlet);
    const heading = outlet.querySelector('h1');
    heading.tabIndex = -1;
    document.title = `${heading.textContent} · Limber`;
    for (const link of nav.querySelectorAll('a[href^="#/"]')) {
      if (link.getAttribute('href') === `#/${route}`) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    if (focus) heading.focus();
    return route;
  }

  addEventListener('hashchange', () => {
    window.scrollTo(0, 0);
    show({ focus: true });
  });
  show({ focus: false });
  // Re-rendering replaces the focused element; keep focus in the screen when it was there.
  return { refresh: () => show({ focus: outlet.contains(document.activeElement) }) };
}
