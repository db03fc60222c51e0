import { useEffect, useState } from 'preact/hooks';
import { api, type CodedReport, type ReportInput, type StoredReport } from '../api.js';
import { EventList, MarkedText, MarkLegend, marksOf, type CodedItem } from '../components/marked-text.js';
import { ErrorBox, Panel } from '../components/status.js';

const WAIT_MS = 350;

/** A report as posted: the text, and the date and title when given. */
function inputOf(text: string, date: string, title: string): ReportInput {
  return { text, ...(date ? { date } : {}), ...(title.trim() ? { title: title.trim() } : {}) };
}

/**
 * Paste, type or drop a report and see it coded as you go (POST /api/code stores nothing); "Store"
 * adds it to the store (POST /api/documents) and links to its document view.
 */
export function TryIt() {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [coded, setCoded] = useState<{ result?: CodedReport; error?: Error; busy: boolean }>({ busy: false });
  const [stored, setStored] = useState<{ result?: StoredReport; error?: Error; busy: boolean }>({ busy: false });
  const [active, setActive] = useState<string>();
  useEffect(() => {
    setStored({ busy: false });
    if (!text.trim()) { setCoded({ busy: false }); return; }
    const controller = new AbortController();
    setCoded((c) => ({ result: c.result, busy: true }));
    const timer = setTimeout(() => {
      api.code(inputOf(text, date, title), controller.signal).then(
        (result) => setCoded({ result, busy: false }),
        (error: Error) => { if (!controller.signal.aborted) setCoded({ error, busy: false }); },
      );
    }, WAIT_MS);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [text, date, title]);
  const drop = async (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    setText(file ? await file.text() : e.dataTransfer?.getData('text/plain') ?? '');
  };
  const store = () => {
    setStored({ busy: true });
    api.store(inputOf(text, date, title)).then((result) => setStored({ result, busy: false }), (error: Error) => setStored({ error, busy: false }));
  };
  const r = coded.result;
  const items: CodedItem[] = r ? r.events.map((e, i) => ({ key: e.id, n: i + 1, trigger: e.trigger, evidence: e.evidence, rule: e.rule, event: e })) : [];
  return (
    <div class="try-page">
      <Panel title="Try it: code a report" id="try" class="try-input">
        <form class="try-form" onSubmit={(e) => { e.preventDefault(); store(); }}>
          <label class="field wide">
            <span>Report text: paste it, type it, or drop a text file here</span>
            <textarea name="text" rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)}
              onDragOver={(e) => e.preventDefault()} onDrop={drop} placeholder="Chinese Foreign Minister Wang Yi met Brazil's President Lula in Brasilia on Monday…" />
          </label>
          <div class="try-row">
            <label class="field"><span>Date of the report (to resolve “on Monday”)</span><input type="date" name="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} /></label>
            <label class="field grow"><span>Title</span><input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} /></label>
            <button type="submit" class="primary" disabled={!text.trim() || stored.busy}>{stored.busy ? 'Storing…' : 'Store it'}</button>
          </div>
          <p class="status" role="status">
            {coded.busy ? 'Coding…' : r ? `${r.events.length} event${r.events.length === 1 ? '' : 's'}, ${r.actors.length} actors, ${r.dates.length} dates, ${r.places.length} places: nothing is stored until you choose "Store it".` : 'Events appear as you type.'}
          </p>
          {stored.result && (
            <p class="stored" role="status">
              {stored.result.stored ? (stored.result.replaced ? 'Stored, replacing the earlier version' : 'Stored') : 'Already in the store'} as <a href={`/documents/${encodeURIComponent(stored.result.id)}`}>{stored.result.id}</a>, with {stored.result.events.length} events.
            </p>
          )}
          {stored.error && <ErrorBox error={stored.error} what="the store's answer" />}
        </form>
      </Panel>
      {coded.error && <ErrorBox error={coded.error} what="the coded report" />}
      {r && (
        <div class="document-page">
          <Panel title="Coded report" id="coded" class="document" actions={<MarkLegend />}>
            <MarkedText text={r.document.text} marks={marksOf(items, r.actors, r.dates, r.places)} active={active} onPick={setActive} />
          </Panel>
          <Panel title={`${items.length} event${items.length === 1 ? '' : 's'}`} id="coded-events" class="side">
            {items.length === 0 ? <p class="empty">No event was coded from this text.</p> : <EventList items={items} active={active} setActive={setActive} />}
          </Panel>
        </div>
      )}
    </div>
  );
}
