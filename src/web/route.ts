import { useEffect, useState } from 'preact/hooks';

/** The dashboard's pages, from the path: `/`, `/events`, `/map`, `/network`, `/documents/ID`, `/try`. */
export type Route =
  | { view: 'overview' | 'events' | 'map' | 'network' | 'try' }
  | { view: 'document'; id: string }
  | { view: 'missing'; path: string };

/** The page a path shows. */
export function routeOf(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/') return { view: 'overview' };
  const doc = /^\/documents\/(.+)$/.exec(clean);
  if (doc) return { view: 'document', id: decodeURIComponent(doc[1]!) };
  const view = ({ '/events': 'events', '/map': 'map', '/network': 'network', '/try': 'try' } as const)[clean];
  return view ? { view } : { view: 'missing', path };
}

const listeners = new Set<() => void>();

/** Goes to `href` without reloading the page (history.pushState), or replaces the entry. */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const l of listeners) l();
}

/** The location, kept current through navigate() and the browser's back and forward. */
export function useLocation(): { path: string; search: string } {
  const read = () => ({ path: location.pathname, search: location.search });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = () => setLoc(read());
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/** Follows links within the dashboard without a reload; modified clicks open as the browser would. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest('a');
    const href = a?.getAttribute('href');
    if (!a || !href || !href.startsWith('/') || href.startsWith('/api') || a.hasAttribute('download') || a.getAttribute('target')) return;
    e.preventDefault();
    navigate(href);
    if (!href.includes('#')) window.scrollTo(0, 0);
  });
}
