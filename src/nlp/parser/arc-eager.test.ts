import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArcEagerState, validMoves, moveCosts, projectivize, isProjective, SHIFT, REDUCE } from './arc-eager.js';

// Our own sentences. Labels: 0 root, 1 nsubj, 2 obj, 3 det, 4 punct, 5 case, 6 obl.
const L = 7;
const ROOT = 0;
const LA = (l: number) => 2 + l;
const RA = (l: number) => 2 + L + l;

// "The navy sent ships to the gulf ."
const SENT = {
  heads: [2, 3, 0, 3, 7, 7, 3, 3],
  labels: [3, 1, 0, 2, 5, 3, 6, 4],
};

function gold(t: { heads: number[]; labels: number[] }) {
  return { gh: [0, ...t.heads], gl: [0, ...t.labels] };
}

/** Runs the oracle, picking the first zero-cost move (or `pick` when given) and summing the costs paid. */
function run(t: { heads: number[]; labels: number[] }, pick?: (valid: number[], step: number) => number) {
  const { gh, gl } = gold(t);
  const st = new ArcEagerState(4);
  st.reset(t.heads.length);
  const valid = new Uint8Array(2 + 2 * L);
  const cost = new Int32Array(2 + 2 * L);
  let paid = 0;
  for (let step = 0; !st.bufferEmpty(); step++) {
    validMoves(st, L, ROOT, valid);
    moveCosts(st, gh, gl, L, valid, cost);
    const vs = [...valid.keys()].filter((c) => valid[c]);
    const zero = vs.find((c) => cost[c] === 0);
    assert.notEqual(zero, undefined, 'a zero-cost move always exists');
    const c = pick ? pick(vs, step) : zero!;
    paid += cost[c]!;
    st.apply(c, L);
  }
  st.finish(ROOT);
  let errors = 0;
  for (let i = 1; i <= st.n; i++) if (st.head[i] !== gh[i] || st.label[i] !== gl[i]) errors++;
  return { st, paid, errors };
}

test('the static oracle rebuilds a projective gold tree exactly', () => {
  const { st, errors } = run(SENT);
  assert.equal(errors, 0);
  assert.deepEqual([...st.head.subarray(1, 9)], SENT.heads);
  assert.deepEqual([...st.label.subarray(1, 9)], SENT.labels);
});

test('costs on a known configuration', () => {
  const { gh, gl } = gold(SENT);
  const st = new ArcEagerState();
  st.reset(8);
  st.apply(SHIFT, L); // stack [0, The]; buffer navy ...
  const valid = new Uint8Array(2 + 2 * L);
  const cost = new Int32Array(2 + 2 * L);
  validMoves(st, L, ROOT, valid);
  moveCosts(st, gh, gl, L, valid, cost);
  assert.equal(cost[LA(3)], 0, 'The <-det- navy is gold');
  assert.equal(cost[LA(1)], 1, 'right head, wrong label');
  assert.equal(cost[SHIFT], 1, 'shifting navy strands The, whose head is navy');
  assert.equal(cost[RA(2)], 2, 'The -> navy loses navy->sent and The<-navy');
  assert.equal(valid[REDUCE], 0, 'The has no head yet');
  assert.equal(valid[RA(ROOT)], 0, 'only the root takes the root label');
});

test('from any configuration, the costs paid equal the errors of the final tree', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let trial = 0; trial < 200; trial++) {
    const { paid, errors } = run(SENT, (vs) => vs[Math.floor(rand() * vs.length)]!);
    assert.equal(paid, errors);
  }
});

test('projectivize lifts a crossing arc to the grandparent', () => {
  // "A ship arrived yesterday that carried fuel": 5 (that) ... relative clause 6 hangs from 2 across 3-4.
  const heads = [2, 3, 0, 3, 6, 2, 6];
  assert.equal(isProjective(heads), false);
  const p = projectivize(heads);
  assert.equal(isProjective(p), true);
  assert.deepEqual(p, [2, 3, 0, 3, 6, 3, 6]);
  assert.equal(isProjective(SENT.heads), true);
});

test('bestValid picks what a validMoves mask would allow', async () => {
  const { bestValid } = await import('./parse.js');
  const { gh, gl } = gold(SENT);
  const st = new ArcEagerState();
  st.reset(8);
  const valid = new Uint8Array(2 + 2 * L);
  const cost = new Int32Array(2 + 2 * L);
  let seed = 3;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  while (!st.bufferEmpty()) {
    validMoves(st, L, ROOT, valid);
    moveCosts(st, gh, gl, L, valid, cost);
    for (let trial = 0; trial < 20; trial++) {
      const s = Array.from({ length: 2 + 2 * L }, () => rand());
      let expect = -1;
      for (let c = 0; c < s.length; c++) if (valid[c] && (expect < 0 || s[c]! > s[expect]!)) expect = c;
      assert.equal(bestValid(st, s, L, ROOT), expect);
    }
    st.apply([...valid.keys()].find((c) => cost[c] === 0)!, L);
  }
});
