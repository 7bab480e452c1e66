/**
 * Graph layout done in plain arithmetic before cytoscape sees the elements.
 * Cytoscape's own layouts (circle, then cose) and fit() measure every node
 * label and edge curve on each pass, which was most of the network view's
 * load time; here positions and the viewport are plain arithmetic over a
 * few dozen nodes (bounded for big graphs), and cytoscape only draws.
 */

/** A position in cytoscape's model coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** A node to place. */
export interface LayoutNode {
  id: string;
  /** Event volume: decides the starting order around the circle. */
  vol: number;
  /** Drawn diameter in model units (to keep nodes apart and fit the view). */
  size: number;
}

/** An edge pulling its two nodes together. */
export interface LayoutEdge {
  source: string;
  target: string;
  /** Pull of the edge, 0-1 (default 1): heavy dyads sit closer than light ones. */
  weight?: number;
}

/** Distance that connected nodes settle at, in model units (as cose's idealEdgeLength was). */
const IDEAL = 90;
/** Repulsion constant: a pair of nodes with a full-weight edge settles at about 1.6 IDEAL. */
const REPULSION = 4 * IDEAL * IDEAL;
/** Median distance from a node to its nearest neighbour in the final drawing. */
const NEIGHBOUR = 100;
/** Least space left between two node rims. */
const MIN_GAP = 16;
const ITERATIONS = 120;
/** Most pair visits per layout: big graphs get fewer (coarser) iterations instead of a slow page. */
const PAIR_BUDGET = 300_000;

/**
 * Force-directed positions (Fruchterman-Reingold with linear cooling) from a
 * circle ordered by volume. No randomness: the same data gives the same picture,
 * which screenshots and shared links rely on.
 */
export function forceLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const n = nodes.length;
  const order = [...nodes].sort((a, b) => b.vol - a.vol || (a.id < b.id ? -1 : 1));
  const index = new Map(order.map((d, i) => [d.id, i]));
  const radius = Math.max(IDEAL, (n * IDEAL) / (2 * Math.PI));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  order.forEach((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    xs[i] = radius * Math.cos(a);
    ys[i] = radius * Math.sin(a);
  });
  const links = edges
    .map((e) => [index.get(e.source), index.get(e.target), Math.min(1, Math.max(0.05, e.weight ?? 1))] as const)
    .filter((l): l is readonly [number, number, number] => l[0] !== undefined && l[1] !== undefined && l[0] !== l[1]);
  const sizes = order.map((d) => d.size);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const iterations = Math.max(20, Math.min(ITERATIONS, Math.floor(PAIR_BUDGET / Math.max(1, (n * (n - 1)) / 2))));
  for (let it = 0; it < iterations && n > 1; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let vx = xs[i]! - xs[j]!;
        let vy = ys[i]! - ys[j]!;
        let d = Math.sqrt(vx * vx + vy * vy);
        if (d < 0.01) {
          // Coincident nodes: push apart along a fixed direction derived from the pair.
          vx = Math.cos(i + j);
          vy = Math.sin(i + j);
          d = 0.01;
        }
        // Repulsion grows when nodes would overlap, so big nodes keep their room.
        const room = (sizes[i]! + sizes[j]!) / 2 + 10;
        const f = REPULSION / d + (d < room ? (room - d) * 4 : 0);
        dx[i]! += (vx / d) * f;
        dy[i]! += (vy / d) * f;
        dx[j]! -= (vx / d) * f;
        dy[j]! -= (vy / d) * f;
      }
    }
    for (const [i, j, w] of links) {
      const vx = xs[i]! - xs[j]!;
      const vy = ys[i]! - ys[j]!;
      const d = Math.max(0.01, Math.sqrt(vx * vx + vy * vy));
      const f = (w * d * d) / IDEAL;
      dx[i]! -= (vx / d) * f;
      dy[i]! -= (vy / d) * f;
      dx[j]! += (vx / d) * f;
      dy[j]! += (vy / d) * f;
    }
    // Linear cooling caps each step; a weak pull to the centre keeps loose parts in view.
    const step = IDEAL * (1 - it / iterations) + 1;
    for (let i = 0; i < n; i++) {
      const fx = dx[i]! - xs[i]! * 0.05;
      const fy = dy[i]! - ys[i]! * 0.05;
      const len = Math.sqrt(fx * fx + fy * fy);
      if (len > 0) {
        xs[i]! += (fx / len) * Math.min(len, step);
        ys[i]! += (fy / len) * Math.min(len, step);
      }
    }
  }
  normalize(xs, ys);
  separate(xs, ys, sizes);
  return new Map(order.map((d, i) => [d.id, { x: xs[i]!, y: ys[i]! }]));
}

/**
 * Scales the drawing so the median distance to a nearest neighbour is
 * NEIGHBOUR: sparse graphs spread far and dense ones clump, and either would
 * otherwise be fitted to tiny or giant labels.
 */
function normalize(xs: Float64Array, ys: Float64Array): void {
  const n = xs.length;
  if (n < 2) return;
  const nearest: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const vx = xs[i]! - xs[j]!;
      const vy = ys[i]! - ys[j]!;
      best = Math.min(best, Math.sqrt(vx * vx + vy * vy));
    }
    nearest.push(best);
  }
  nearest.sort((a, b) => a - b);
  const median = nearest[n >> 1]!;
  if (!(median > 0.01)) return;
  const k = NEIGHBOUR / median;
  for (let i = 0; i < n; i++) {
    xs[i]! *= k;
    ys[i]! *= k;
  }
}

/** Pushes apart any two nodes still overlapping (dense graphs pull them together), a few passes. */
function separate(xs: Float64Array, ys: Float64Array, sizes: readonly number[]): void {
  const n = xs.length;
  for (let pass = 0; pass < 30; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const vx = xs[i]! - xs[j]!;
        const vy = ys[i]! - ys[j]!;
        const d = Math.max(0.01, Math.sqrt(vx * vx + vy * vy));
        const gap = (sizes[i]! + sizes[j]!) / 2 + MIN_GAP - d;
        if (gap <= 0) continue;
        const ux = d > 0.01 ? vx / d : Math.cos(i + j);
        const uy = d > 0.01 ? vy / d : Math.sin(i + j);
        xs[i]! += (ux * gap) / 2;
        ys[i]! += (uy * gap) / 2;
        xs[j]! -= (ux * gap) / 2;
        ys[j]! -= (uy * gap) / 2;
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Zoom and pan that show every node whole, like cytoscape's fit(padding) but without measuring. */
export function fitViewport(
  positions: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, number>,
  width: number,
  height: number,
  padding: number,
  zoomRange: [number, number],
): { zoom: number; pan: Point } {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [id, p] of positions) {
    const r = (sizes.get(id) ?? 0) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  if (!Number.isFinite(x1)) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  const raw = Math.min(Math.max(1, width - 2 * padding) / w, Math.max(1, height - 2 * padding) / h);
  const zoom = Math.min(zoomRange[1], Math.max(zoomRange[0], Number.isFinite(raw) && raw > 0 ? raw : 1));
  return { zoom, pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) } };
}
