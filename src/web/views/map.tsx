import { useMemo } from 'preact/hooks';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { PlaceCount } from '../../model/store.js';
import { api } from '../api.js';
import { Empty, ErrorBox, Loading, Panel } from '../components/status.js';
import { isUnfiltered, type Filters } from '../filters.js';
import { useApi, useWidth } from '../hooks.js';
import { clusterPlaces, slicePath, type Cluster } from '../lib/cluster.js';
import { count, QUADS } from '../lib/format.js';
import type { ViewProps } from '../view.js';

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;

/** The places of the events, once per QuadClass (or only the one the filters ask for). */
async function placesByQuad(filters: Filters, signal: AbortSignal): Promise<{ quad: number; places: PlaceCount[] }[]> {
  const quads = filters.quad ? [Number(filters.quad)] : [1, 2, 3, 4];
  return Promise.all(quads.map(async (quad) => ({ quad, places: (await api.places({ ...filters, quad: String(quad) }, 300, signal)).places })));
}

/**
 * Events at their places on the world's countries (Natural Earth, shipped with the app), places
 * near each other on screen clustered, each cluster a pie of its events by QuadClass. A click
 * filters every view to the cluster's busiest place.
 */
export function WorldMap(props: ViewProps & { tall?: boolean }) {
  const { state, go, href, tall } = props;
  const { filters } = state;
  const key = JSON.stringify(filters);
  const { data, error, loading, retry } = useApi(key, (signal) => placesByQuad(filters, signal));
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const height = Math.round(width * (tall ? 0.52 : 0.5));
  const { projection, outlines } = useMemo(() => {
    const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
    const path = geoPath(projection);
    return { projection, outlines: countries.features.map((f, i) => <path key={i} d={path(f) ?? ''} class="country" />) };
  }, [width, height]);
  const clusters = useMemo(() => {
    if (!data) return [];
    const byPlace = new Map<string, { name: string; x: number; y: number; byQuad: [number, number, number, number] }>();
    for (const { quad, places } of data) {
      for (const p of places) {
        if (p.lat === null || p.lon === null) continue;
        const k = `${p.name}|${p.lat}|${p.lon}`;
        let point = byPlace.get(k);
        if (!point) {
          const xy = projection([p.lon, p.lat]);
          if (!xy) continue;
          point = { name: p.name, x: xy[0], y: xy[1], byQuad: [0, 0, 0, 0] };
          byPlace.set(k, point);
        }
        point.byQuad[quad - 1]! += p.count;
      }
    }
    return clusterPlaces([...byPlace.values()], 16);
  }, [data, projection]);
  const max = Math.max(1, ...clusters.map((c) => c.total));
  return (
    <Panel title="Map" id="map" class="map" actions={<Legend />}>
      <div ref={ref} aria-busy={loading}>
        {error ? <ErrorBox error={error} retry={retry} what="the places" />
          : !data ? <Loading what="the places" />
          : clusters.length === 0 ? <Empty filtered={!isUnfiltered(filters)} clear={() => go({ filters: {} })} brief />
          : (
            <svg width={width} height={height} class="world" role="group" aria-label={`Map: ${clusters.length} clusters of places`}>
              <path d={geoPath(projection)({ type: 'Sphere' }) ?? ''} class="sphere" />
              <g>{outlines}</g>
              {[...clusters].reverse().map((c) => <ClusterMark key={c.names[0]} c={c} r={3 + 18 * Math.sqrt(c.total / Math.max(max, 50))} href={href({ ...filters, place: c.names[0] })} active={filters.place === c.names[0]} />)}
            </svg>
          )}
      </div>
    </Panel>
  );
}

function ClusterMark({ c, r, href, active }: { c: Cluster; r: number; href: string; active: boolean }) {
  const more = c.names.length > 1 ? ` and ${c.names.length - 1} more place${c.names.length > 2 ? 's' : ''} nearby` : '';
  const label = `${c.names[0]}${more}: ${count(c.total)} events. Filter to ${c.names[0]}.`;
  let angle = 0;
  return (
    <a href={href} class={active ? 'cluster active' : 'cluster'} aria-label={label} data-place={c.names[0]}>
      <title>{`${c.names.slice(0, 6).join(', ')}${c.names.length > 6 ? '…' : ''}: ${count(c.total)} events (${QUADS.map((q, i) => `${q.name.toLowerCase()} ${c.byQuad[i]}`).join(', ')})`}</title>
      {c.byQuad.map((n, i) => {
        if (!n) return null;
        const a0 = angle;
        angle += (n / c.total) * 2 * Math.PI;
        return <path key={i} d={slicePath(c.x, c.y, r, a0, angle)} fill={QUADS[i]!.color} />;
      })}
      <circle cx={c.x} cy={c.y} r={r} class="ring" />
    </a>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label="QuadClass colours">
      {QUADS.map((q) => <li key={q.quad}><span class="swatch" style={{ background: q.color }} />{q.name}</li>)}
    </ul>
  );
}
