import { useEffect, useMemo } from 'preact/hooks';
import { api } from './api.js';
import type { DyadEdge } from './api.js';
import { useApi } from './hooks.js';
import { balanceColor, QUAD_COLORS, QUAD_LABELS } from './labels.js';
import { filterQuery, formatRoute } from './route.js';
import type { Route } from './route.js';
import { StackedBars } from './chart.js';
import { Graph } from './graph.js';

interface Props {
  route: Route;
  go: (patch: Partial<Route>) => void;
  /** Changes when the live stream brings new events. */
  version: number;
}

/** Most edges drawn: past a few hundred a graph stops being readable. */
const MAX_EDGES = 300;

/** Performance mark: the network view has drawn its graph, edge list and timeline once (see scripts/loadtime.mjs). */
export const NETWORK_READY = 'dyadwatch:network-ready';

/** States as nodes, dyads as edges; edge width is volume, colour the cooperation balance. */
export function NetworkView({ route, go, version }: Props) {
  const q = filterQuery(route.filters);
  const key = JSON.stringify(q);
  const dyads = useApi((s) => api.dyads({ ...q, limit: String(MAX_EDGES) }, s), `${key}|${version}`);
  const { since: _s, until: _u, ...rangeless } = q;
  const series = useApi((s) => api.series({ ...rangeless, bucket: 'month' }, s), `${JSON.stringify(rangeless)}|${version}`);
  const items = dyads.data?.items ?? [];
  const drawn = items.length > 0 && series.data !== null;
  useEffect(() => {
    // Child effects (the timeline's chart) have run by now; the next frame shows everything.
    const once = () => performance.getEntriesByName(NETWORK_READY).length || performance.mark(NETWORK_READY);
    if (drawn) requestAnimationFrame(once);
  }, [drawn]);

  return (
    <section class="network" aria-label="Network of states">
      <Brush route={route} go={go} data={series.data} />
      {dyads.error && <p class="error" role="alert">{dyads.error}</p>}
      <div class="network-body">
        <div class="graph-wrap">
          <Graph items={items} onOpen={(a, b) => go({ view: { name: 'dyad', a, b }, ev: '' })} />
          {!dyads.loading && items.length === 0 && !dyads.error && (
            <p class="empty overlay">
              No events match these filters. An empty store needs data first: run <code>npx dyadwatch demo</code> or{' '}
              <code>npx dyadwatch ingest FILES</code>.
            </p>
          )}
          <Legend />
        </div>
        <EdgeList items={items} route={route} total={dyads.data?.totalDyads ?? 0} />
      </div>
    </section>
  );
}

function EdgeList({ items, route, total }: { items: DyadEdge[]; route: Route; total: number }) {
  const shown = items.slice(0, 40);
  return (
    <nav class="edge-list" aria-label="Dyads by volume">
      <h2>Dyads {total > items.length ? `(top ${items.length} of ${total})` : `(${items.length})`}</h2>
      <ol>
        {shown.map((d) => (
          <li key={`${d.a}-${d.b}`}>
            <a data-testid={`edge-${d.a}-${d.b}`} href={formatRoute({ ...route, view: { name: 'dyad', a: d.a, b: d.b }, ev: '' })}>
              <span class="swatch" style={{ background: balanceColor(d.coop) }} aria-hidden="true" />
              <span class="dyad-name">{d.a} – {d.b}</span>
              <span class="count">{d.total}</span>
              <span class="sr-only"> events, {Math.round(d.coop * 100)}% cooperative</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Legend() {
  return (
    <div class="graph-legend" aria-hidden="true">
      <span class="grad" /> <span>conflict</span> ↔ <span>cooperation</span> · width = events (log)
    </div>
  );
}

/** Monthly volume of everything matching the filters; drag to set the date range. */
function Brush({ route, go, data }: { route: Route; go: Props['go']; data: import('./api.js').SeriesView | null }) {
  const layers = useMemo(
    () => (data ? (['q1', 'q2', 'q3', 'q4'] as const).map((k, i) => ({ label: QUAD_LABELS[i]!, color: QUAD_COLORS[i]!, values: data.quadClass[k] })) : []),
    [data],
  );
  const f = route.filters;
  if (!data || data.buckets.length === 0) return null;
  return (
    <div class="brush">
      <StackedBars
        buckets={data.buckets}
        layers={layers}
        height={150}
        label="Events per month; drag across to choose the date range"
        onSelect={(since, until) => go({ filters: { ...f, since, until } })}
      />
      <p class="hint">
        Drag across the chart to choose a date range.{' '}
        {(f.since || f.until) && (
          <button type="button" class="link" onClick={() => go({ filters: { ...f, since: '', until: '' } })}>
            Clear range ({f.since || '…'} – {f.until || '…'})
          </button>
        )}
      </p>
    </div>
  );
}
