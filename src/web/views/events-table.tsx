import { useState } from 'preact/hooks';
import type { StoredEvent } from '../../model/store.js';
import { api } from '../api.js';
import { Evidence } from '../components/evidence.js';
import { Empty, ErrorBox, Loading, Panel } from '../components/status.js';
import { isUnfiltered, type SortColumn } from '../filters.js';
import { useApi } from '../hooks.js';
import { count, quadColor, QUADS, signed } from '../lib/format.js';
import { sortEvents } from '../lib/sort.js';
import type { ViewProps } from '../view.js';

/** Pages loaded beyond the first ("Load more"), under the filters of `key`. */
interface More { key: string; events: StoredEvent[]; cursor: string | null; loading: boolean; error?: Error }

const COLUMNS: { column: SortColumn | null; label: string }[] = [
  { column: 'date', label: 'Date' },
  { column: 'source', label: 'Source' },
  { column: 'cameo', label: 'Event' },
  { column: 'target', label: 'Target' },
  { column: 'goldstein', label: 'Goldstein' },
  { column: null, label: 'Place' },
  { column: null, label: 'Evidence' },
  { column: 'mentions', label: 'Reports' },
];

/**
 * The events under the filters, a page at a time (newest first from the API; "Load more" follows the
 * cursor), sortable by a column within what is loaded, each with its sentence and trigger; the
 * sentence links to the document view.
 */
export function EventsTable(props: ViewProps & { pageSize: number }) {
  const { state, go, href, pageSize } = props;
  const { filters, sort } = state;
  const key = JSON.stringify(filters);
  const first = useApi(key, (signal) => api.events(filters, undefined, pageSize, signal));
  const [more, setMore] = useState<More>({ key, events: [], cursor: null, loading: false });
  const extra: More = more.key === key ? more : { key, events: [], cursor: null, loading: false };
  const cursor = extra.events.length ? extra.cursor : first.data?.nextCursor ?? null;
  const loadMore = () => {
    if (!cursor) return;
    setMore({ ...extra, loading: true, error: undefined });
    const same = (m: More) => m.key === key;
    api.events(filters, cursor, pageSize).then(
      (page) => setMore((m) => (same(m) ? { key, events: [...m.events, ...page.events], cursor: page.nextCursor, loading: false } : m)),
      (error: Error) => setMore((m) => (same(m) ? { ...m, loading: false, error } : m)),
    );
  };
  const events = first.data ? sortEvents([...first.data.events, ...extra.events], sort) : [];
  const setSort = (column: SortColumn) => go({ sort: { column, descending: sort.column === column ? !sort.descending : column === 'date' || column === 'goldstein' || column === 'mentions' } });
  return (
    <Panel title="Events" id="events" class="events">
      <div aria-busy={first.loading}>
        {first.error ? <ErrorBox error={first.error} retry={first.retry} what="the events" />
          : !first.data ? <Loading what="the events" />
          : events.length === 0 ? <Empty filtered={!isUnfiltered(filters)} clear={() => go({ filters: {} })} />
          : (
            <>
              <div class="table-wrap">
                <table class="events-table">
                  <thead>
                    <tr>
                      {COLUMNS.map(({ column, label }) => (
                        <th key={label} scope="col" aria-sort={column && sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                          {column
                            ? <button type="button" class="sort" onClick={() => setSort(column)}>{label}<span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▾' : ' ▴') : ''}</span></button>
                            : label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {events.map((e) => <Row key={e.id} e={e} href={href} filters={filters} />)}
                  </tbody>
                </table>
              </div>
              <div class="table-foot">
                <span>{count(events.length)} events loaded{cursor ? '; more match' : ', all that match'}. Sorted within what is loaded.</span>
                {extra.error && <ErrorBox error={extra.error} retry={loadMore} what="more events" />}
                {cursor && <button type="button" onClick={loadMore} disabled={extra.loading}>{extra.loading ? 'Loading…' : `Load ${pageSize} more`}</button>}
              </div>
            </>
          )}
      </div>
    </Panel>
  );
}

function Row({ e, href, filters }: { e: StoredEvent; href: ViewProps['href']; filters: ViewProps['state']['filters'] }) {
  const doc = `/documents/${encodeURIComponent(e.docId)}#event-${e.id}`;
  const actor = (a: StoredEvent['source']) => a
    ? <a href={href({ ...filters, actor: a.code })} title={`${a.name} (${a.text}): filter to ${a.code}`}>{a.code}</a>
    : <span class="none">—</span>;
  return (
    <tr>
      <td class="nowrap">{e.date ?? '—'}</td>
      <td>{actor(e.source)}</td>
      <td>
        <span class="quad" style={{ background: quadColor(e.quadClass) }} title={QUADS[e.quadClass - 1]?.name} />
        <a href={href({ ...filters, cameo: e.cameo })} title={`filter to CAMEO ${e.cameo}`}>{e.cameo}</a> {e.cameoName}
        {e.plover && <span class="plover"> · {e.plover}</span>}
        {e.negated && <span class="negated"> (did not happen)</span>}
      </td>
      <td>{actor(e.target)}</td>
      <td class="num">{signed(e.goldstein)}</td>
      <td>{e.place ? e.place.name : <span class="none">—</span>}</td>
      <td class="evidence-cell"><a href={doc} class="evidence-link" title={`open ${e.docId}`}><Evidence evidence={e.evidence} trigger={e.trigger} /></a></td>
      <td class="num">{e.numMentions}</td>
    </tr>
  );
}
