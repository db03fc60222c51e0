import type { DyadCount } from '../../model/store.js';

type Pair = DyadCount & { source: string; target: string };

/** The busiest sources among the top pairs, then the busiest targets of those (each side at most `size`), and the pairs by "SRC,TGT". */
export function matrixOf(dyads: readonly DyadCount[], size: number) {
  const pairs = dyads.filter((d): d is Pair => d.source !== null && d.target !== null && d.source !== d.target);
  const top = (side: 'source' | 'target', among: readonly Pair[]) => {
    const totals = new Map<string, number>();
    for (const d of among) totals.set(d[side], (totals.get(d[side]) ?? 0) + d.count);
    return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, size).map(([code]) => code);
  };
  const sources = top('source', pairs);
  const shown = new Set(sources);
  const targets = top('target', pairs.filter((d) => shown.has(d.source))); // no column left empty
  const cells = new Map(pairs.map((d) => [`${d.source},${d.target}`, d]));
  return { sources, targets, cells, max: Math.max(1, ...pairs.map((d) => d.count)) };
}

/** Pairs in either direction as one undirected link: counts summed, the Goldstein mean weighted by count. */
export function undirected(dyads: readonly DyadCount[]): Pair[] {
  const links = new Map<string, Pair>();
  for (const d of dyads) {
    if (!d.source || !d.target || d.source === d.target) continue;
    const [a, b] = d.source < d.target ? [d.source, d.target] : [d.target, d.source];
    const k = `${a},${b}`;
    const l = links.get(k);
    if (!l) links.set(k, { source: a, target: b, count: d.count, goldsteinMean: d.goldsteinMean });
    else {
      l.goldsteinMean = (l.goldsteinMean * l.count + d.goldsteinMean * d.count) / (l.count + d.count);
      l.count += d.count;
    }
  }
  return [...links.values()];
}
