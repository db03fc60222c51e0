import { useMemo } from 'preact/hooks';
import { api, DYAD_LIMIT } from '../api.js';
import { Empty, ErrorBox, Loading, Panel } from '../components/status.js';
import { isUnfiltered, withFilters } from '../filters.js';
import { useApi } from '../hooks.js';
import { count, goldsteinColor, signed } from '../lib/format.js';
import { matrixOf } from '../lib/matrix.js';
import type { ViewProps } from '../view.js';

/**
 * The top dyads as a matrix, sources down and targets across, each cell coloured by the pair's mean
 * Goldstein value and as strong as its count; a click filters every view to the pair.
 */
export function Dyads(props: ViewProps) {
  const { state, go } = props;
  const { filters } = state;
  const key = JSON.stringify(filters);
  const { data, error, loading, retry } = useApi(key, (signal) => api.dyads(filters, DYAD_LIMIT, signal));
  const m = useMemo(() => data && matrixOf(data.dyads, 12), [data]);
  // The cells, made again only for new pairs or another pair chosen: a filter change renders the
  // matrix at once with the pairs it has, and the same cells are skipped. So a click is taken by the
  // table, from the cell's data-dyad, rather than by a handler on each cell holding the filters.
  const active = filters.dyad;
  const cells = useMemo(() => m && (
    <>
      <thead>
        <tr>
          <th scope="col" class="corner">source ↓ target →</th>
          {m.targets.map((t) => <th key={t} scope="col" class="col"><span>{t}</span></th>)}
        </tr>
      </thead>
      <tbody>
        {m.sources.map((s) => (
          <tr key={s}>
            <th scope="row">{s}</th>
            {m.targets.map((t) => {
              const d = m.cells.get(`${s},${t}`);
              if (!d) return <td key={t} class="none" />;
              const on = active === `${s},${t}`;
              const strength = 0.25 + 0.75 * Math.sqrt(d.count / m.max);
              return (
                <td key={t}>
                  <button type="button" class={on ? 'cell active' : 'cell'} data-dyad={`${s},${t}`}
                    style={{ background: goldsteinColor(d.goldsteinMean, strength) }}
                    aria-pressed={on}
                    aria-label={`${s} to ${t}: ${count(d.count)} events, mean Goldstein ${signed(d.goldsteinMean)}. Filter to this pair.`}
                    title={`${s} → ${t}: ${count(d.count)} events, mean Goldstein ${signed(d.goldsteinMean)}`}>
                    {d.count}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </>
  ), [m, active]);
  const pick = (e: MouseEvent) => {
    const dyad = (e.target as Element).closest('button[data-dyad]')?.getAttribute('data-dyad');
    if (dyad) go({ filters: withFilters(filters, { dyad: dyad === filters.dyad ? undefined : dyad }) });
  };
  return (
    <Panel title="Dyads" id="dyads" class="dyads">
      <div aria-busy={loading}>
        {error ? <ErrorBox error={error} retry={retry} what="the dyads" />
          : !m ? <Loading what="the dyads" />
          : m.sources.length === 0 ? <Empty filtered={!isUnfiltered(filters)} clear={() => go({ filters: {} })} brief />
          : (
            <div class="matrix-wrap">
              <table class="matrix" onClick={pick}>
                <caption>Source (rows) acting on target (columns): events, coloured by mean Goldstein. Choose a cell to filter to the pair.</caption>
                {cells}
              </table>
            </div>
          )}
      </div>
    </Panel>
  );
}
