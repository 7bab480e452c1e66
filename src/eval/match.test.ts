import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxWeightMatching } from './match.js';

test('the matching is maximum, not greedy', () => {
  // Greedy would give row 0 its first column and leave row 1 unmatched.
  assert.deepEqual(maxWeightMatching([[1, 1], [1, 0]]), [[0, 1], [1, 0]]);
  // Greedy by weight would take 3 and stop; 2 + 2 is better.
  assert.deepEqual(maxWeightMatching([[3, 2], [2, 0]]), [[0, 1], [1, 0]]);
});

test('weight 0 is no edge; empty and rectangular matrices work', () => {
  assert.deepEqual(maxWeightMatching([[0], [0]]), []);
  assert.deepEqual(maxWeightMatching([[0, 5, 0]]), [[0, 1]]);
  assert.deepEqual(maxWeightMatching([[0], [4], [2]]), [[1, 0]]);
  assert.deepEqual(maxWeightMatching([]), []);
});

/** Best total weight by trying every assignment (tiny matrices only). */
function bruteForce(w: number[][]): number {
  const walk = (i: number, used: Set<number>): number => {
    if (i === w.length) return 0;
    let best = walk(i + 1, used);
    w[i]!.forEach((x, j) => {
      if (x > 0 && !used.has(j)) best = Math.max(best, x + walk(i + 1, new Set([...used, j])));
    });
    return best;
  };
  return walk(0, new Set());
}

test('agrees with brute force on small random matrices', () => {
  let seed = 7;
  // A fixed linear congruential generator keeps the test reproducible.
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let t = 0; t < 500; t++) {
    const rows = 1 + Math.floor(rand() * 5);
    const cols = 1 + Math.floor(rand() * 5);
    const w = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rand() < 0.5 ? 0 : 5 + Math.floor(rand() * 2))));
    const m = maxWeightMatching(w);
    assert.equal(new Set(m.map(([r]) => r)).size, m.length);
    assert.equal(new Set(m.map(([, c]) => c)).size, m.length);
    assert.equal(m.reduce((s, [r, c]) => s + w[r]![c]!, 0), bruteForce(w), JSON.stringify(w));
  }
});
