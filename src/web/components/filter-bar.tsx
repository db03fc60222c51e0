import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ActorCount } from '../../model/store.js';
import { api } from '../api.js';
import { FILTER_KEYS, isUnfiltered, type FilterKey, type Filters } from '../filters.js';
import { PLOVER_TYPES, QUADS } from '../lib/format.js';
import type { ViewProps } from '../view.js';

interface Field { key: FilterKey; label: string; type?: string; placeholder?: string; pattern?: string; title?: string }

const FIELDS: Field[] = [
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
  { key: 'actor', label: 'Actor', placeholder: 'CHNGOV or China' },
  { key: 'country', label: 'Country', placeholder: 'CHN', pattern: '[A-Za-z]{3}', title: 'an ISO 3166 alpha-3 code such as CHN' },
  { key: 'cameo', label: 'CAMEO', placeholder: '04 or 042', pattern: '\\d{1,4}', title: 'a CAMEO code or prefix such as 04' },
  { key: 'place', label: 'Place', placeholder: 'Geneva' },
  { key: 'text', label: 'Words', placeholder: 'in the sentence' },
];

const LABELS: Record<FilterKey, string> = {
  from: 'from', to: 'to', actor: 'actor', country: 'country', dyad: 'dyad', cameo: 'CAMEO', plover: 'PLOVER',
  quad: 'QuadClass', place: 'place', placeCountry: 'place country', text: 'words',
};

/** The filters as a form (applied on submit) and as chips that remove one filter each. */
export function FilterBar({ state, go }: ViewProps) {
  const { filters } = state;
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const next: Filters = { dyad: filters.dyad, placeCountry: filters.placeCountry };
    for (const key of FILTER_KEYS) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next[key] = key === 'country' ? value.toUpperCase() : value;
    }
    go({ filters: next });
  };
  const set = Object.entries(filters).filter(([, v]) => v) as [FilterKey, string][];
  const [typed, setTyped] = useState('');
  const suggestions = useActorSuggestions(typed);
  // The fields show the filters in use: their defaults follow the filters, and the form is reset to
  // them, dropping what was typed and not applied. Made anew for each change instead, the form was
  // the dearest part of rendering a filter change, which the requests waited on.
  const form = useRef<HTMLFormElement>(null);
  const shown = JSON.stringify(filters);
  useLayoutEffect(() => {
    const f = form.current;
    if (!f) return;
    f.reset();
    // A select has no default value of its own (preact drops defaultValue there): it is set here.
    for (const key of ['plover', 'quad'] as const) (f.elements.namedItem(key) as HTMLSelectElement).value = filters[key] ?? '';
  }, [shown]);
  return (
    <form class="filters" onSubmit={submit} aria-label="Filters" ref={form}>
      {FIELDS.map((f) => (
        <label key={f.key} class={`field field-${f.key}`}>
          <span>{f.label}</span>
          <input name={f.key} type={f.type ?? 'text'} defaultValue={filters[f.key] ?? ''} placeholder={f.placeholder} pattern={f.pattern} title={f.title}
            {...(f.key === 'actor' ? { list: 'actor-suggestions', autocomplete: 'off', onInput: (e: Event) => setTyped((e.currentTarget as HTMLInputElement).value) } : {})} />
        </label>
      ))}
      <label class="field">
        <span>PLOVER</span>
        <select name="plover">
          <option value="">any</option>
          {PLOVER_TYPES.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label class="field">
        <span>QuadClass</span>
        <select name="quad">
          <option value="">any</option>
          {QUADS.map((q) => <option key={q.quad} value={String(q.quad)}>{q.quad}: {q.name}</option>)}
        </select>
      </label>
      <datalist id="actor-suggestions">
        {suggestions.map((a) => <option key={a.code} value={a.code}>{a.name ?? a.code}{a.country ? ` (${a.country})` : ''}: {a.count} events</option>)}
      </datalist>
      <div class="filter-actions">
        <button type="submit" class="primary">Apply</button>
        <button type="button" onClick={() => go({ filters: {} })} disabled={isUnfiltered(filters)}>Clear</button>
      </div>
      {set.length > 0 && (
        <ul class="chips" aria-label="Filters in use">
          {set.map(([key, value]) => (
            <li key={key}>
              <button type="button" class="chip" onClick={() => go({ filters: { ...filters, [key]: undefined } })} aria-label={`Remove the ${LABELS[key]} filter ${value}`}>
                {LABELS[key]}: <strong>{key === 'dyad' ? value.replace(',', ' → ') : value}</strong> <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** Actors whose code or name holds what was typed (GET /api/actors?q=), asked a moment after typing stops. */
function useActorSuggestions(typed: string): ActorCount[] {
  const [found, setFound] = useState<ActorCount[]>([]);
  useEffect(() => {
    const q = typed.trim();
    if (q.length < 2) { setFound([]); return; }
    const controller = new AbortController();
    const timer = setTimeout(() => api.actors(q, 12, controller.signal).then((r) => setFound(r.actors), () => undefined), 200);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [typed]);
  return found;
}
