import { useEffect, useMemo, useRef } from 'preact/hooks';
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { api } from './api.js';
import type { DyadEdge } from './api.js';
import { useApi } from './hooks.js';
import { balanceColor, QUAD_COLORS, QUAD_LABELS } from './labels.js';
import { filterQuery, formatRoute } from './route.js';
import type { Route } from './route.js';
import { StackedBars } from './chart.js';

declare global {
  interface Window {
    /** The graph, for tests and power users in the console. */
    __cy?: Core;
  }
}

interface Props {
  route: Route;
  go: (patch: Partial<Route>) => void;
  /** Changes when the live stream brings new events. */
  version: number;
}

/** Most edges drawn: past a few hundred a graph stops being readable. */
const MAX_EDGES = 300;

/** States as nodes, dyads as edges; edge width is volume, colour the cooperation balance. */
export function NetworkView({ route, go, version }: Props) {
  const q = filterQuery(route.filters);
  const key = JSON.stringify(q);
  const dyads = useApi((s) => api.dyads({ ...q, limit: String(MAX_EDGES) }, s), `${key}|${version}`);
  const { since: _s, until: _u, ...rangeless } = q;
  const series = useApi((s) => api.series({ ...rangeless, bucket: 'month' }, s), `${JSON.stringify(rangeless)}|${version}`);
  const items = dyads.data?.items ?? [];

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

function Graph({ items, onOpen }: { items: DyadEdge[]; onOpen: (a: string, b: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const c = cytoscape({
      container: box.current,
      style: [
        { selector: 'node', style: { label: 'data(id)', 'background-color': '#37474f', color: '#fff', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center', width: 'data(size)', height: 'data(size)' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: 'edge:selected, edge.hover', style: { opacity: 1, 'underlay-color': '#90caf9', 'underlay-opacity': 0.6, 'underlay-padding': 3 } },
        { selector: '.faded', style: { opacity: 0.12 } },
      ],
      minZoom: 0.2,
      maxZoom: 4,
    });
    c.on('tap', 'edge', (e) => open.current(e.target.data('a') as string, e.target.data('b') as string));
    // Tapping a state keeps only its own dyads in view; tapping the background restores all.
    c.on('tap', 'node', (e) => {
      c.elements().removeClass('faded');
      c.elements().not(e.target.closedNeighborhood()).addClass('faded');
    });
    c.on('tap', (e) => e.target === c && c.elements().removeClass('faded'));
    c.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    c.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    cy.current = c;
    window.__cy = c;
    return () => {
      c.destroy();
      if (window.__cy === c) delete window.__cy;
    };
  }, []);

  const elements = useMemo(() => toElements(items), [items]);
  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.batch(() => {
      c.elements().remove();
      c.add(elements);
    });
    // Start from a circle ordered by volume, then let forces untangle it. With no
    // random start the layout is deterministic: the same data, the same picture.
    c.layout({ name: 'circle', sort: (x, y) => (y.data('vol') as number) - (x.data('vol') as number), animate: false }).run();
    c.layout({ name: 'cose', randomize: false, animate: false, idealEdgeLength: () => 90, nodeRepulsion: () => 60000, numIter: 1000 } as cytoscape.LayoutOptions).run();
    c.fit(undefined, 24);
  }, [elements]);

  return <div ref={box} class="graph" data-testid="graph" role="img" aria-label="Graph of dyads; the list beside it has the same edges" />;
}

/** Cytoscape elements: node size grows with volume, edge width with log volume. */
export function toElements(items: DyadEdge[]): ElementDefinition[] {
  const vol = new Map<string, number>();
  for (const d of items) {
    vol.set(d.a, (vol.get(d.a) ?? 0) + d.total);
    vol.set(d.b, (vol.get(d.b) ?? 0) + d.total);
  }
  const maxVol = Math.max(1, ...vol.values());
  const maxEdge = Math.max(1, ...items.map((d) => d.total));
  const nodes = [...vol].map(([id, v]) => ({ data: { id, vol: v, size: 22 + 26 * Math.sqrt(v / maxVol) } }));
  const edges = items.map((d) => ({
    data: {
      id: `edge-${d.a}-${d.b}`, source: d.a, target: d.b, a: d.a, b: d.b, total: d.total,
      width: 1 + 11 * (Math.log1p(d.total) / Math.log1p(maxEdge)), color: balanceColor(d.coop),
    },
  }));
  return [...nodes, ...edges];
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
        height={90}
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
