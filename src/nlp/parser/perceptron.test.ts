import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AveragedPerceptron } from './perceptron.js';
import { freeze, scoreFrozen } from './linear.js';

test('update moves weight from the guess to the truth and averages over time', () => {
  const p = new AveragedPerceptron(3);
  const f = Uint32Array.of(11, 22);
  p.update(f, 2, 1, 0); // t=1: w(1)=+1, w(0)=-1 on both features
  p.update(f, 2, 1, 1); // t=2: correct, no change
  p.update(f, 2, 1, 1); // t=3
  p.update(f, 2, 1, 1); // t=4
  const scores = new Float64Array(3);
  p.score(f, 2, scores);
  assert.deepEqual([...scores], [-2, 2, 0]);
  const avg = new Map([...p.averaged()].map(([k, c, w]) => [k, c.map((x, j) => [x, w[j]])]));
  // Weight +1 held for 3 of 4 ticks: average 0.75.
  assert.deepEqual(avg.get(11), [[1, 0.75], [0, -0.75]]);
  assert.equal(p.time, 4);
});

test('freeze keeps the argmax and scores through the hash table', () => {
  const rows: [number, number[], number[]][] = [
    [5, [0, 2], [0.5, -0.25]],
    [9, [1], [1]],
    [13, [2], [0.00000001]],
  ];
  const m = freeze(3, rows);
  const s = new Int32Array(3);
  scoreFrozen(m, Uint32Array.of(5, 9, 77), 3, s);
  assert.deepEqual([...s].map((x) => Math.round((x / m.scale) * 100) / 100), [0.5, 1, -0.25]);
  // The tiny weight rounds to zero and its feature is dropped.
  scoreFrozen(m, Uint32Array.of(13), 1, s);
  assert.deepEqual([...s], [0, 0, 0]);
});
