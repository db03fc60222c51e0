import { useEffect, useState } from 'preact/hooks';
import type { StoredEvent } from '../../model/store.js';
import { api, type DocumentView } from '../api.js';
import { EventList, MarkedText, MarkLegend, marksOf, type CodedItem } from '../components/marked-text.js';
import { ErrorBox, Loading, Panel } from '../components/status.js';
import { useApi } from '../hooks.js';

/** The document with its events: GET /api/documents/:id, then each event it produced. */
async function load(id: string, signal: AbortSignal): Promise<{ doc: DocumentView; events: Map<string, StoredEvent> }> {
  const doc = await api.document(id, signal);
  const ids = [...new Set(doc.mentions.map((m) => m.eventId))].slice(0, 100);
  const found = await Promise.all(ids.map((e) => api.event(e, signal).then((r) => r.event, () => undefined)));
  return { doc, events: new Map(found.filter((e): e is StoredEvent => e !== undefined).map((e) => [e.id, e])) };
}

/** A stored report with every span marked and the events it produced beside it, each pointing to its words. */
export function DocumentPage({ id }: { id: string }) {
  const { data, error, retry } = useApi(id, (signal) => load(id, signal));
  const [active, setActive] = useState<string>();
  const items: CodedItem[] = data
    ? [...data.doc.mentions].sort((a, b) => a.trigger.span[0] - b.trigger.span[0]).map((m, i) => ({
      key: m.id, n: i + 1, trigger: m.trigger, evidence: m.evidence, rule: m.rule, event: data.events.get(m.eventId),
    }))
    : [];
  useEffect(() => {
    if (!data) return;
    const wanted = decodeURIComponent(location.hash.replace(/^#event-/, ''));
    const item = items.find((it) => it.event?.id === wanted);
    if (item) {
      setActive(item.key);
      document.getElementById(`trigger-${item.key}`)?.scrollIntoView({ block: 'center' });
    }
  }, [data]);
  if (error) return <ErrorBox error={error} retry={retry} what={`the document "${id}"`} />;
  if (!data) return <Loading what="the document" />;
  const { doc } = data;
  return (
    <div class="document-page">
      <Panel title={doc.title ?? doc.id} id="document" class="document" actions={<MarkLegend />}>
        <p class="doc-meta">
          <code>{doc.id}</code>{doc.date && ` · ${doc.date}`}{doc.source && ` · ${doc.source}`}
          {doc.url && <> · <a href={doc.url} rel="noreferrer noopener" target="_blank">original</a></>}
        </p>
        <MarkedText text={doc.text} marks={marksOf(items, doc.actors, doc.dates, doc.places)} active={active} onPick={setActive} />
      </Panel>
      <Panel title={`${items.length} event${items.length === 1 ? '' : 's'}`} id="doc-events" class="side">
        {items.length === 0 ? <p class="empty">No event was coded from this report.</p> : <EventList items={items} active={active} setActive={setActive} />}
      </Panel>
    </div>
  );
}
