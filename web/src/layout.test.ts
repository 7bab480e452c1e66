import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitViewport, forceLayout } from './layout.js';
import type { LayoutEdge, LayoutNode } from './layout.js';

const STATES = ['USA', 'RUS', 'CHN', 'IRN', 'PRK', 'UKR', 'ISR', 'TUR', 'IND', 'PAK', 'SAU', 'ARE', 'EGY', 'FRA', 'DEU', 'GBR'];

function graph(dense: boolean): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes = STATES.map((id, i) => ({ id, vol: 100 - i, size: 22 + (i % 4) * 8 }));
  const edges: LayoutEdge[] = [];
  STATES.forEach((a, i) =>
    STATES.slice(i + 1).forEach((b, j) => {
      if (dense || j === 0) edges.push({ source: a, target: b, weight: ((i + j) % 5) / 5 });
    }),
  );
  return { nodes, edges };
}

test('places every node, deterministically, with no two nodes overlapping', () => {
  for (const dense of [true, false]) {
    const { nodes, edges } = graph(dense);
    const pos = forceLayout(nodes, edges);
    assert.deepEqual([...pos.keys()].sort(), [...STATES].sort());
    assert.deepEqual(forceLayout(nodes, edges), pos, 'same input, same picture');
    for (const p of pos.values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id >= b.id) continue;
        const [p, q] = [pos.get(a.id)!, pos.get(b.id)!];
        assert.ok(Math.hypot(p.x - q.x, p.y - q.y) >= (a.size + b.size) / 2, `${a.id} and ${b.id} overlap (dense=${dense})`);
      }
    }
  }
});

test('copes with nothing, one node, coincident input and unknown edge ends', () => {
  assert.equal(forceLayout([], []).size, 0);
  const one = forceLayout([{ id: 'A', vol: 1, size: 20 }], [{ source: 'A', target: 'B' }]);
  assert.deepEqual([...one.keys()], ['A']);
  assert.ok(Number.isFinite(one.get('A')!.x));
});

test('the fitted viewport shows every node whole inside the padding', () => {
  const { nodes, edges } = graph(true);
  const pos = forceLayout(nodes, edges);
  const sizes = new Map(nodes.map((n) => [n.id, n.size]));
  const [w, h, pad] = [900, 500, 24];
  const { zoom, pan } = fitViewport(pos, sizes, w, h, pad, [0.2, 4]);
  for (const [id, p] of pos) {
    const r = (sizes.get(id)! / 2) * zoom;
    const [x, y] = [p.x * zoom + pan.x, p.y * zoom + pan.y];
    assert.ok(x - r >= pad - 0.5 && x + r <= w - pad + 0.5 && y - r >= pad - 0.5 && y + r <= h - pad + 0.5, id);
  }
  assert.deepEqual(fitViewport(new Map(), new Map(), w, h, pad, [0.2, 4]), { zoom: 1, pan: { x: 450, y: 250 } });
  assert.equal(fitViewport(pos, sizes, 10, 10, pad, [0.2, 4]).zoom, 0.2, 'zoom stays within its range');
});
