import { useMemo, useState } from 'preact/hooks';
import type { TimelinePoint } from '../../model/store.js';
import { api } from '../api.js';
import { Empty, ErrorBox, Loading, Panel } from '../components/status.js';
import { INTERVALS, isUnfiltered, withFilters } from '../filters.js';
import { useApi, useWidth } from '../hooks.js';
import { count, goldsteinColor, signed } from '../lib/format.js';
import { fillPeriods, periodEnd, periodLabel, selectedRange } from '../lib/periods.js';
import type { ViewProps } from '../view.js';

/** The longest run of empty periods drawn as such; longer ones become a break in the axis. */
const MAX_GAP = { day: 31, week: 13, month: 12 } as const;
const HEIGHT = 164, LEFT = 44, RIGHT = 12, TOP = 10, BARS = 84, GAP = 6, BALANCE = 46;

/**
 * Events per period, and below them the mean Goldstein value (cooperation above the line, conflict
 * below), over the whole time the other filters allow. Dragging across it (or clicking a period)
 * sets the date range of every view; the From and To fields do the same from the keyboard.
 */
export function Timeline(props: ViewProps) {
  const { state, go } = props;
  const context = withFilters(state.filters, { from: undefined, to: undefined });
  const key = JSON.stringify([context, state.interval]);
  const { data, error, loading, retry } = useApi(key, (signal) => api.timeline(context, state.interval, signal));
  const [ref, width] = useWidth<HTMLDivElement>(1000);
  const ranged = Boolean(state.filters.from || state.filters.to);
  const actions = (
    <div class="actions">
      <div role="group" aria-label="Period" class="segmented">
        {INTERVALS.map((i) => (
          <button key={i} type="button" aria-pressed={state.interval === i} onClick={() => go({ interval: i })}>{i}</button>
        ))}
      </div>
      {ranged && <button type="button" onClick={() => go({ filters: withFilters(state.filters, { from: undefined, to: undefined }) })}>Clear date range</button>}
    </div>
  );
  return (
    <Panel title="Timeline" id="timeline" actions={actions}>
      <div ref={ref} class="timeline-box" aria-busy={loading}>
        {error ? <ErrorBox error={error} retry={retry} what="the timeline" />
          : !data ? <Loading what="the timeline" />
          : data.points.length === 0 ? <Empty filtered={!isUnfiltered(state.filters)} clear={() => go({ filters: {} })} />
          : <Chart points={data.points} width={width} {...props} />}
      </div>
    </Panel>
  );
}

function Chart({ points: given, width, state, go }: ViewProps & { points: TimelinePoint[]; width: number }) {
  const { interval, filters } = state;
  const { points, breaks } = useMemo(() => fillPeriods(given, interval, MAX_GAP[interval]), [given, interval]);
  const plotW = Math.max(100, width - LEFT - RIGHT);
  const band = Math.min(plotW / points.length, 48);
  const maxCount = Math.max(1, ...points.map((p) => p.count));
  const maxMean = Math.max(1, ...points.map((p) => Math.abs(p.goldsteinMean)));
  const zero = TOP + BARS + GAP + BALANCE / 2;
  // The bars, made again only for new points or a new width: a filter change renders the chart at
  // once with the points it has, and a drag renders it at every move; the same elements are skipped.
  // An empty period draws nothing: a day chart of a decade holds thousands of them.
  const bars = useMemo(() => points.map((p, i) => {
    if (p.count === 0) return null;
    const h = (p.count / maxCount) * BARS;
    const g = (p.goldsteinMean / maxMean) * (BALANCE / 2);
    const x = LEFT + i * band + (band > 3 ? 0.5 : 0);
    const w = Math.max(0.5, band - (band > 3 ? 1 : 0));
    return (
      <g key={p.period}>
        <title>{`${periodLabel(p.period, interval)}: ${count(p.count)} events, mean Goldstein ${signed(p.goldsteinMean)}`}</title>
        <rect class="bar" x={x} y={TOP + BARS - h} width={w} height={Math.max(h, 0.5)} />
        <rect x={x} y={g >= 0 ? zero - g : zero} width={w} height={Math.max(Math.abs(g), 0.5)} fill={goldsteinColor(p.goldsteinMean)} />
      </g>
    );
  }), [points, band, interval]);
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const indexAt = (x: number) => Math.max(0, Math.min(points.length - 1, Math.floor((x - LEFT) / band)));
  const xOf = (e: PointerEvent) => e.clientX - (e.currentTarget as SVGElement).getBoundingClientRect().left;
  const periods = points.map((p) => p.period);
  const selected = drag ? [Math.min(...drag), Math.max(...drag)] : selectedRange(periods, interval, filters.from, filters.to);
  const finish = () => {
    if (!drag) return;
    const [a, b] = [Math.min(...drag), Math.max(...drag)];
    setDrag(null);
    go({ filters: withFilters(filters, { from: points[a]!.period, to: periodEnd(points[b]!.period, interval) }) });
  };
  const ticks = tickIndexes(points.length, Math.max(2, Math.floor((band * points.length) / 110)));
  const right = LEFT + band * points.length;
  const total = points.reduce((n, p) => n + p.count, 0);
  const label = `${count(total)} events in ${given.length} ${interval}s from ${periodLabel(points[0]!.period, interval)} to ${periodLabel(points.at(-1)!.period, interval)}`;
  return (
    <>
      <svg width={width} height={HEIGHT} role="img" aria-label={`Timeline: ${label}`} class="timeline"
        onPointerDown={(e) => { (e.currentTarget as SVGElement).setPointerCapture(e.pointerId); const i = indexAt(xOf(e)); setDrag([i, i]); }}
        onPointerMove={(e) => { if (drag) setDrag([drag[0], indexAt(xOf(e))]); }}
        onPointerUp={finish}
        onPointerCancel={() => setDrag(null)}>
        {selected && <rect class="brush" x={LEFT + selected[0]! * band} y={TOP - 4} width={(selected[1]! - selected[0]! + 1) * band} height={HEIGHT - TOP - 20} />}
        <text x={LEFT - 6} y={TOP + 8} class="axis" text-anchor="end">{count(maxCount)}</text>
        <text x={LEFT - 6} y={TOP + BARS} class="axis" text-anchor="end">0</text>
        <text x={LEFT - 6} y={zero - BALANCE / 2 + 8} class="axis" text-anchor="end">{signed(maxMean)}</text>
        <text x={LEFT - 6} y={zero + BALANCE / 2} class="axis" text-anchor="end">{signed(-maxMean)}</text>
        {bars}
        {breaks.map((i) => <line key={`break-${i}`} x1={LEFT + i * band} x2={LEFT + i * band} y1={TOP} y2={zero + BALANCE / 2} class="break" />)}
        <line x1={LEFT} x2={right} y1={TOP + BARS} y2={TOP + BARS} class="rule" />
        <line x1={LEFT} x2={right} y1={zero} y2={zero} class="rule faint" />
        {ticks.map((i, k) => (
          <text key={i} x={k === 0 ? LEFT : k === ticks.length - 1 ? right : LEFT + (i + 0.5) * band} y={HEIGHT - 4} class="axis"
            text-anchor={k === 0 ? 'start' : k === ticks.length - 1 ? 'end' : 'middle'}>{periodLabel(points[i]!.period, interval)}</text>
        ))}
      </svg>
      <p class="hint">{label}{breaks.length > 0 && ' (dashed lines: long stretches without events, left out)'}. Drag across the bars to choose a date range; above the line, cooperation, below, conflict (mean Goldstein).</p>
    </>
  );
}

/** About `n` evenly spaced indexes of `length` items, first and last included. */
function tickIndexes(length: number, n: number): number[] {
  if (length <= n) return [...Array(length).keys()];
  const step = (length - 1) / (n - 1);
  return [...new Set([...Array(n).keys()].map((i) => Math.round(i * step)))];
}
