import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Core, CytoscapeOptions, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { DyadEdge } from './api.js';
import { balanceColor } from './labels.js';
import { fitViewport, forceLayout } from './layout.js';
import type { Point } from './layout.js';

declare global {
  interface Window {
    /** The graph, for tests and power users in the console. */
    __cy?: Core;
  }
}

/** Performance mark: cytoscape has taken the graph over from the sketch (see scripts/loadtime.mjs). */
export const GRAPH_INTERACTIVE = 'dyadwatch:graph-interactive';

const ZOOM: [number, number] = [0.2, 4];
const PADDING = 24;
const NODE_COLOR = '#37474f';
const EDGE_OPACITY = 0.85;

const STYLE: StylesheetJson = [
  { selector: 'node', style: { label: 'data(id)', 'background-color': NODE_COLOR, color: '#fff', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center', width: 'data(size)', height: 'data(size)' } },
  // Haystack edges are cytoscape's cheapest to draw; with one edge per pair nothing needs curves.
  { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: EDGE_OPACITY } },
  { selector: 'edge:selected, edge.hover', style: { opacity: 1, 'overlay-color': '#1565c0', 'overlay-opacity': 0.25, 'overlay-padding': 3 } },
  { selector: '.faded', style: { opacity: 0.12 } },
];

/** One drawn edge, shared by the sketch and cytoscape. */
interface EdgeData {
  id: string;
  source: string;
  target: string;
  a: string;
  b: string;
  total: number;
  width: number;
  color: string;
}

/** What the graph draws: placed nodes, styled edges, and cytoscape's element list. */
export interface GraphElements {
  list: ElementDefinition[];
  positions: Map<string, Point>;
  sizes: Map<string, number>;
  edges: EdgeData[];
}

type Viewport = { zoom: number; pan: Point };

/**
 * States as nodes, dyads as edges. Cytoscape is the larger part of the
 * dashboard's code and its first render the larger part of the load, so the
 * graph is drawn first as a plain SVG sketch (same positions, sizes, colours
 * and viewport, edges already clickable) while cytoscape loads in its own
 * chunk; cytoscape then takes over for panning, zooming and tapping states.
 */
export function Graph({ items, onOpen }: { items: DyadEdge[]; onOpen: (a: string, b: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const latest = useRef<{ elements: GraphElements; viewport: Viewport } | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  const [live, setLive] = useState(false);

  const elements = useMemo(() => toElements(items), [items]);
  // The box is mounted before any data arrives, so its size is known here.
  const viewport = useMemo(() => {
    const el = box.current;
    return fitViewport(elements.positions, elements.sizes, el?.clientWidth || 800, el?.clientHeight || 600, PADDING, ZOOM);
  }, [elements]);
  latest.current = { elements, viewport };

  useEffect(() => {
    let disposed = false;
    const c = cy.current;
    if (c) {
      c.batch(() => {
        c.elements().remove();
        c.add(elements.list);
      });
      c.viewport(viewport);
    } else if (elements.list.length) {
      void import('cytoscape').then(({ default: cytoscape }) => {
        if (disposed || cy.current || !box.current || !latest.current) return;
        const made = create(cytoscape, box.current, latest.current.elements.list, latest.current.viewport, (a, b) => open.current(a, b));
        made.one('render', () => {
          if (!performance.getEntriesByName(GRAPH_INTERACTIVE).length) performance.mark(GRAPH_INTERACTIVE);
          setLive(true);
        });
        cy.current = made;
      });
    }
    return () => {
      disposed = true;
    };
  }, [elements]);

  useEffect(
    () => () => {
      const c = cy.current;
      c?.destroy();
      if (c && window.__cy === c) delete window.__cy;
      cy.current = null;
    },
    [],
  );

  return (
    <>
      <div ref={box} class="graph" data-testid="graph" role="img" aria-label="Graph of dyads; the list beside it has the same edges" />
      {!live && elements.edges.length > 0 && <Sketch elements={elements} viewport={viewport} onOpen={onOpen} />}
    </>
  );
}

/** The graph as SVG, drawn the way the cytoscape style above draws it. */
function Sketch({ elements, viewport, onOpen }: { elements: GraphElements; viewport: Viewport; onOpen: (a: string, b: string) => void }) {
  const { positions, sizes, edges } = elements;
  return (
    <svg class="graph-sketch" aria-hidden="true">
      <g transform={`translate(${viewport.pan.x} ${viewport.pan.y}) scale(${viewport.zoom})`}>
        {edges.map((e) => {
          const s = positions.get(e.source)!;
          const t = positions.get(e.target)!;
          return (
            <line key={e.id} x1={s.x} y1={s.y} x2={t.x} y2={t.y} stroke={e.color} stroke-width={e.width} stroke-opacity={EDGE_OPACITY} onClick={() => onOpen(e.a, e.b)} />
          );
        })}
        {[...positions].map(([id, p]) => (
          <g key={id} transform={`translate(${p.x} ${p.y})`}>
            <circle r={sizes.get(id)! / 2} fill={NODE_COLOR} />
            <text text-anchor="middle" dominant-baseline="central">{id}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}

function create(
  cytoscape: (options: CytoscapeOptions) => Core,
  container: HTMLElement,
  elements: ElementDefinition[],
  viewport: Viewport,
  onOpen: (a: string, b: string) => void,
): Core {
  const c = cytoscape({
    container,
    elements,
    style: STYLE,
    // Positions come with the elements; preset without fit keeps them and the viewport given.
    layout: { name: 'preset', fit: false },
    ...viewport,
    minZoom: ZOOM[0],
    maxZoom: ZOOM[1],
  });
  c.on('tap', 'edge', (e) => onOpen(e.target.data('a') as string, e.target.data('b') as string));
  // Tapping a state keeps only its own dyads in view; tapping the background restores all.
  c.on('tap', 'node', (e) => {
    c.elements().removeClass('faded');
    c.elements().not(e.target.closedNeighborhood()).addClass('faded');
  });
  c.on('tap', (e) => e.target === c && c.elements().removeClass('faded'));
  c.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
  c.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
  window.__cy = c;
  return c;
}

/** Elements: node size grows with volume, edge width with log volume; nodes come placed (layout.ts). */
export function toElements(items: DyadEdge[]): GraphElements {
  const vol = new Map<string, number>();
  for (const d of items) {
    vol.set(d.a, (vol.get(d.a) ?? 0) + d.total);
    vol.set(d.b, (vol.get(d.b) ?? 0) + d.total);
  }
  const maxVol = Math.max(1, ...vol.values());
  const maxEdge = Math.max(1, ...items.map((d) => d.total));
  const sizes = new Map([...vol].map(([id, v]) => [id, 22 + 26 * Math.sqrt(v / maxVol)]));
  const positions = forceLayout(
    [...vol].map(([id, v]) => ({ id, vol: v, size: sizes.get(id)! })),
    items.map((d) => ({ source: d.a, target: d.b, weight: Math.log1p(d.total) / Math.log1p(maxEdge) })),
  );
  const nodes = [...vol].map(([id, v]) => ({ data: { id, vol: v, size: sizes.get(id)! }, position: { ...positions.get(id)! } }));
  const edges: EdgeData[] = items.map((d) => ({
    id: `edge-${d.a}-${d.b}`, source: d.a, target: d.b, a: d.a, b: d.b, total: d.total,
    width: 1 + 11 * (Math.log1p(d.total) / Math.log1p(maxEdge)), color: balanceColor(d.coop),
  }));
  // Cytoscape keeps the data objects it is given: hand it copies, the sketch keeps its own.
  return { list: [...nodes, ...edges.map((data) => ({ data: { ...data } }))], positions, sizes, edges };
}
