import type { Actor } from '../../model/actor.js';
import type { Event, Evidence } from '../../model/event.js';
import type { DateMention, PlaceMention } from '../../model/mention.js';
import { actorCode, goldsteinColor, quadColor, signed } from '../lib/format.js';
import { segments, type Mark } from '../lib/spans.js';

/** An event beside the text: its number, its words, and the event when it is known. */
export interface CodedItem { key: string; n: number; trigger: Evidence; evidence: Evidence; rule: string; event?: Event }

/** Every span of a coded report as marks: actors, dates, places, and each event's trigger and sentence. */
export function marksOf(items: readonly CodedItem[], actors: readonly { actor: Actor }[], dates: readonly DateMention[] = [], places: readonly PlaceMention[] = []): Mark[] {
  return [
    ...items.map((it): Mark => ({ start: it.evidence.span[0], end: it.evidence.span[1], kind: 'evidence', key: it.key, title: '' })),
    ...actors.map(({ actor }, i): Mark => ({ start: actor.span[0], end: actor.span[1], kind: 'actor', key: `actor-${i}`, title: `actor ${actor.code}: ${actor.name}${actor.role ? `, ${actor.role}` : ''}` })),
    ...dates.map((d, i): Mark => ({ start: d.span[0], end: d.span[1], kind: 'date', key: `date-${i}`, title: `date ${d.date} (${d.precision})` })),
    ...places.map((p, i): Mark => ({ start: p.span[0], end: p.span[1], kind: 'place', key: `place-${i}`, title: `place ${p.place.name}${p.place.country ? `, ${p.place.country}` : ''} (${p.use})` })),
    ...items.map((it): Mark => ({ start: it.trigger.span[0], end: it.trigger.span[1], kind: 'trigger', key: it.key, title: `event ${it.n}: ${it.event ? `${it.event.cameo} ${it.event.cameoName}` : it.rule}`, label: String(it.n) })),
  ];
}

/** The text with its marks, displaCy-style; the active event's sentence and trigger stand out. */
export function MarkedText({ text, marks, active, onPick }: { text: string; marks: readonly Mark[]; active?: string; onPick?: (key: string) => void }) {
  const seen = new Set<string>();
  return (
    <div class="marked" lang="en">
      {segments(text, marks).map((s) => {
        if (s.marks.length === 0) return s.text;
        const classes = new Set<string>();
        let id: string | undefined, trigger: Mark | undefined;
        for (const m of s.marks) {
          if (m.kind === 'evidence') { if (m.key === active) classes.add('m-sentence'); continue; }
          classes.add(`m-${m.kind}`);
          if (m.kind === 'trigger') {
            trigger = m;
            if (m.key === active) classes.add('m-active');
            if (!seen.has(m.key)) { seen.add(m.key); id = `trigger-${m.key}`; }
          }
        }
        const title = s.marks.map((m) => m.title).filter(Boolean).join('; ');
        const labels = s.marks.filter((m) => m.label && m.end === s.end);
        return (
          <span key={s.start} id={id} class={[...classes].join(' ') || undefined} title={title || undefined}
            onClick={trigger && onPick ? () => onPick(trigger.key) : undefined}>
            {s.text}{labels.map((m) => <sup key={m.key} class="m-label">{m.label}</sup>)}
          </span>
        );
      })}
    </div>
  );
}

/** The events beside the text, numbered as their triggers are; hovering or focusing one points to its words. */
export function EventList({ items, active, setActive }: { items: readonly CodedItem[]; active?: string; setActive: (key: string) => void }) {
  const point = (key: string) => {
    setActive(key);
    document.getElementById(`trigger-${key}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  return (
    <ol class="coded-events">
      {items.map((it) => {
        const e = it.event;
        return (
          <li key={it.key} id={`event-${e?.id ?? it.key}`} class={it.key === active ? 'active' : undefined}>
            <button type="button" onClick={() => point(it.key)} onFocus={() => setActive(it.key)} onMouseEnter={() => setActive(it.key)} aria-pressed={it.key === active}>
              <span class="n">{it.n}</span>
              {e ? (
                <span class="what">
                  <strong>{actorCode(e.source)}</strong> → <span class="quad" style={{ background: quadColor(e.quadClass) }} /><strong>{e.cameo}</strong> {e.cameoName} → <strong>{actorCode(e.target)}</strong>
                  <span class="meta">
                    <span class="g" style={{ color: goldsteinColor(e.goldstein) }}>{signed(e.goldstein)}</span>
                    {e.plover && ` · ${e.plover}`}{e.negated && ' · did not happen'}{e.date && ` · ${e.date}`}{e.place && ` · ${e.place.name}`}
                  </span>
                </span>
              ) : <span class="what">{it.rule}</span>}
              <span class="words">“{it.trigger.text}”</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function MarkLegend() {
  return (
    <ul class="legend marks" aria-label="What the marks are">
      <li><span class="m-actor">actor</span></li>
      <li><span class="m-trigger">trigger</span></li>
      <li><span class="m-date">date</span></li>
      <li><span class="m-place">place</span></li>
    </ul>
  );
}
