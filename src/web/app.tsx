import { parseSearch, toSearch, withFilters, type ViewState } from './filters.js';
import { FilterBar } from './components/filter-bar.js';
import { navigate, routeOf, useLocation } from './route.js';
import type { ViewProps } from './view.js';
import { DocumentPage } from './views/document.js';
import { Dyads } from './views/dyads.js';
import { EventsTable } from './views/events-table.js';
import { LazyMap } from './views/lazy-map.js';
import { Network } from './views/network.js';
import { Timeline } from './views/timeline.js';
import { TryIt } from './views/try-it.js';

const NAV = [
  { path: '/', label: 'Overview' },
  { path: '/events', label: 'Events' },
  { path: '/map', label: 'Map' },
  { path: '/network', label: 'Network' },
  { path: '/try', label: 'Try it' },
] as const;

/** The dashboard: a header, the filters and the timeline over the analyst's pages, or a document, or Try it. */
export function App() {
  const { path, search } = useLocation();
  const route = routeOf(path);
  const state = parseSearch(search);
  const props: ViewProps = {
    state,
    path,
    go: (change: Partial<ViewState>, to = path) => navigate(to + toSearch({ ...state, ...change })),
    href: (filters, to = path) => to + toSearch({ ...state, filters: withFilters({}, filters) }),
  };
  const filtered = route.view === 'overview' || route.view === 'events' || route.view === 'map' || route.view === 'network';
  const keep = toSearch({ ...state, sort: parseSearch('').sort });
  return (
    <>
      <a href="#main" class="skip">Skip to the content</a>
      <header class="top">
        <a href={`/${keep}`} class="brand">communique</a>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <a key={n.path} href={n.path === '/try' ? n.path : n.path + keep} aria-current={n.path === path || (n.path !== '/' && path.startsWith(n.path)) ? 'page' : undefined}>{n.label}</a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {filtered && <FilterBar {...props} />}
        {filtered && <Timeline {...props} />}
        {route.view === 'overview' && (
          <>
            <div class="grid two">
              <Dyads {...props} />
              <Network {...props} maxNodes={24} />
            </div>
            <EventsTable {...props} pageSize={25} />
          </>
        )}
        {route.view === 'events' && <EventsTable {...props} pageSize={50} />}
        {route.view === 'map' && <LazyMap {...props} tall />}
        {route.view === 'network' && <Network {...props} maxNodes={40} />}
        {route.view === 'document' && <DocumentPage id={route.id} />}
        {route.view === 'try' && <TryIt />}
        {route.view === 'missing' && (
          <section class="panel"><h2>No such page</h2><p>Nothing lives at <code>{route.path}</code>. Go to the <a href="/">overview</a>.</p></section>
        )}
      </main>
    </>
  );
}
