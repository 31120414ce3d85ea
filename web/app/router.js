// router.js: hash routes (#/today, #/library/glute_bridge…) and the focus management that goes
// with them.
//
//   const router = startRouter({ routes, outlet, nav, startRoute: () => 'today', render });
//   render(route, outlet, param, again)  draws the screen (again: the same route re-rendered,
//                                 e.g. after another tab saved); it may return a function that
//                                 is called before the next screen replaces it (to stop timers)
//   router.refresh()   re-renders the current screen in place (focus stays where it is)
//   router.route       the current route's name
//
// On navigation the new screen's heading takes focus, so a screen reader reads where the person
// is and the next Tab starts from there. The first screen after loading is not focused.

export function startRouter({ routes, outlet, nav, startRoute, render }) {
  let dispose = null;
  const router = { route: null, param: null, refresh: () => show({ focus: outlet.contains(document.activeElement) }) };

  function current() {
    const match = /^#\/([a-z-]+)(?:\/([A-Za-z0-9_-]+))?$/.exec(location.hash);
    return match && routes.includes(match[1]) ? { route: match[1], param: match[2] || null } : null;
  }

  function show({ focus }) {
    const here = current();
    if (!here) {
      history.replaceState(null, '', `#/${startRoute()}`);
      return show({ focus });
    }
    const { route, param } = here;
    if (dispose) dispose();
    const again = router.route === route && router.param === param;
    Object.assign(router, { route, param });
    dispose = render(route, outlet, param, again) || null;
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
  return router;
}
