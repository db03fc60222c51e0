import { useMemo } from 'preact/hooks';
import { api, DYAD_LIMIT } from '../api.js';
import { Empty, ErrorBox, Loading, Panel } from '../components/status.js';
import { isUnfiltered } from '../filters.js';
import { useApi, useWidth } from '../hooks.js';
import { forceLayout } from '../lib/force.js';
import { count, goldsteinColor, signed } from '../lib/format.js';
import { undirected } from '../lib/matrix.js';
import type { ViewProps } from '../view.js';


/**
 * Actors as nodes sized by their events, linked by the events between them: a link's width is
 * their count, its colour their mean Goldstein value. A node is a link that filters to the actor.
 */
export function Network(props: ViewProps & { maxNodes: number }) {
  const { state, go, href, maxNodes } = props;
  const { filters } = state;
  const { data, error, loading, retry } = useApi(JSON.stringify(filters), (signal) => api.dyads(filters, DYAD_LIMIT, signal));
  const [ref, width] = useWidth<HTMLDivElement>(900);
  const height = Math.max(420, Math.min(640, Math.round(width * 0.55)));
  const graph = useMemo(() => {
    if (!data) return undefined;
    const links = undirected(data.dyads);
    const activity = new Map<string, number>();
    for (const l of links) for (const a of [l.source, l.target]) activity.set(a, (activity.get(a) ?? 0) + l.count);
    let nodes = [...activity].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxNodes).map(([id, weight]) => ({ id, weight }));
    const top = new Set(nodes.map((n) => n.id));
    const edges = links.filter((l) => top.has(l.source) && top.has(l.target));
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    nodes = nodes.filter((n) => linked.has(n.id)); // an actor whose partners are not shown has nothing to say here
    const positions = forceLayout(nodes, edges.map((e) => ({ source: e.source, target: e.target, weight: e.count })), width, height, 48);
    // The links and what each node draws, made with the layout: a filter change renders the network
    // at once with the graph it has, and only the nodes' links and states depend on the filters.
    const maxN = Math.max(1, ...nodes.map((n) => n.weight)), maxE = Math.max(1, ...edges.map((e) => e.count));
    const lines = edges.map((e) => {
      const a = positions.get(e.source)!, b = positions.get(e.target)!;
      return (
        <line key={`${e.source},${e.target}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={goldsteinColor(e.goldsteinMean)}
          stroke-width={1 + 6 * Math.sqrt(e.count / maxE)} class="edge">
          <title>{`${e.source} — ${e.target}: ${count(e.count)} events, mean Goldstein ${signed(e.goldsteinMean)}`}</title>
        </line>
      );
    });
    const marks = new Map(nodes.map((n) => {
      const p = positions.get(n.id)!;
      const r = 5 + 17 * Math.sqrt(n.weight / maxN);
      return [n.id, [
        <title>{`${n.id}: ${count(n.weight)} events`}</title>,
        <circle cx={p.x} cy={p.y} r={r} />,
        <text x={p.x} y={p.y + r + 12} text-anchor="middle">{n.id}</text>,
      ]];
    }));
    return { nodes, edges, lines, marks };
  }, [data, width, height, maxNodes]);
  return (
    <Panel title="Network" id="network" class="network" actions={<GoldsteinLegend />}>
      <div ref={ref} aria-busy={loading}>
        {error ? <ErrorBox error={error} retry={retry} what="the network" />
          : !graph ? <Loading what="the network" />
          : graph.nodes.length === 0 ? <Empty filtered={!isUnfiltered(filters)} clear={() => go({ filters: {} })} brief />
          : (
            <svg width={width} height={height} class="graph" role="group" aria-label={`Network of ${graph.nodes.length} actors and ${graph.edges.length} links`}>
              {graph.lines}
              {graph.nodes.map((n) => {
                const active = filters.actor === n.id;
                return (
                  <a key={n.id} href={href({ ...filters, actor: n.id })} class={active ? 'node active' : 'node'} aria-label={`${n.id}: ${count(n.weight)} events with the others shown. Filter to ${n.id}.`}>
                    {graph.marks.get(n.id)}
                  </a>
                );
              })}
            </svg>
          )}
      </div>
    </Panel>
  );
}

export function GoldsteinLegend() {
  return (
    <div class="legend gradient" aria-label="Goldstein colours: conflict red, neutral grey, cooperation green">
      <span>conflict −10</span>
      <span class="ramp" style={{ background: `linear-gradient(to right, ${goldsteinColor(-10)}, ${goldsteinColor(0)}, ${goldsteinColor(10)})` }} />
      <span>+10 cooperation</span>
    </div>
  );
}
