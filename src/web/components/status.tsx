import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.js';

/** A panel's words while its data comes. */
export function Loading({ what }: { what: string }) {
  return <p class="status" role="status">Loading {what}…</p>;
}

/** What went wrong, in the API's words, with a way to try again. */
export function ErrorBox({ error, retry, what }: { error: Error; retry?: () => void; what: string }) {
  const code = error instanceof ApiError ? error.code : 'E_CLIENT';
  return (
    <div class="error" role="alert">
      <p><strong>Could not load {what}.</strong> {error.message} <code>{code}</code></p>
      {retry && <button type="button" onClick={retry}>Try again</button>}
    </div>
  );
}

/** Why a panel is empty: no event matches the filters, or the store holds none yet. */
export function Empty({ filtered, clear, brief }: { filtered: boolean; clear: () => void; brief?: boolean }) {
  if (filtered) {
    return (
      <div class="empty">
        <p>No events match these filters.</p>
        <button type="button" onClick={clear}>Clear all filters</button>
      </div>
    );
  }
  if (brief) return <div class="empty"><p>No events yet.</p></div>;
  return (
    <div class="empty">
      <p><strong>The store holds no events yet.</strong> Ingest reports with <code>communique ingest FILES --db FILE</code>, or code one in <a href="/try">Try it</a> and store it.</p>
    </div>
  );
}

/** A panel with a heading and a body. */
export function Panel({ title, id, class: cls, actions, children }: { title: string; id: string; class?: string; actions?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class={`panel ${cls ?? ''}`} aria-labelledby={`${id}-h`} data-panel={id}>
      <header class="panel-head">
        <h2 id={`${id}-h`}>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}
