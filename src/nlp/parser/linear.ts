/**
 * A frozen linear model: an open-addressing hash table from 30-bit feature
 * keys to sparse class vectors. Laid out for few cache misses per lookup:
 * `table` holds [key, start] pairs per slot (the next slot's start ends the
 * run), and each entry packs a 24-bit weight over an 8-bit class in one
 * int32. All arrays are typed-array views, so a model can sit on a
 * Uint8Array or SharedArrayBuffer without a copy. One global scale is
 * used, so argmax needs no multiplication.
 */
export interface FrozenLinear {
  nClasses: number;
  /** 2 * (slots + 1) words: key (0 = empty) and first entry of each slot; slots is a power of two. */
  table: Uint32Array;
  /** (weight << 8) | class. */
  entries: Int32Array;
  /** Real weight = weight / scale. */
  scale: number;
}

const WMAX = (1 << 23) - 1;

/** Number of hash slots of a frozen table. */
export function slots(m: FrozenLinear): number {
  return (m.table.length >> 1) - 1;
}

/**
 * Adds the weights of `feats[0..nf)` into `scores` (zeroed first). Two
 * passes: find every feature's slot, then add the entries; the loads of
 * one pass do not wait on each other, so their cache misses overlap.
 * `ranges` is scratch space of at least 2 * nf.
 */
export function scoreFrozen(m: FrozenLinear, feats: ArrayLike<number>, nf: number, scores: Int32Array, ranges = new Int32Array(2 * nf)): void {
  scores.fill(0);
  const { table, entries } = m;
  const mask = (table.length >> 1) - 2;
  let r = 0;
  for (let i = 0; i < nf; i++) {
    const f = feats[i]!;
    let s = f & mask;
    for (;;) {
      const k = table[2 * s]!;
      if (k === f) {
        ranges[r++] = table[2 * s + 1]!;
        ranges[r++] = table[2 * s + 3]!;
        break;
      }
      if (k === 0) break;
      s = (s + 1) & mask;
    }
  }
  for (let q = 0; q < r; q += 2) {
    const e = ranges[q + 1]!;
    for (let j = ranges[q]!; j < e; j++) {
      const v = entries[j]!;
      scores[v & 255]! += v >> 8;
    }
  }
}

/**
 * Freezes averaged weights: quantizes to 24 bits with a scale set by the
 * largest weight, drops entries whose magnitude is under `minWeight` of
 * the largest (0 keeps all non-zero ones) and features left with none, and
 * lays the entries out in slot order. Deterministic for the same weights.
 */
export function freeze(nClasses: number, rows: Iterable<[number, number[], number[]]>, minWeight = 0): FrozenLinear {
  const kept: [number, number[], number[]][] = [];
  let max = 0;
  for (const [k, c, w] of rows) {
    for (const x of w) max = Math.max(max, Math.abs(x));
    kept.push([k, c, w]);
  }
  const scale = max > 0 ? WMAX / max : 1;
  const floor = Math.max(1, minWeight * WMAX);
  const feats: [number, number[]][] = [];
  let total = 0;
  for (const [k, c, w] of kept) {
    const packed: number[] = [];
    // Sort by class so the bytes do not depend on update order.
    const order = c.map((_, j) => j).sort((a, b) => c[a]! - c[b]!);
    for (const j of order) {
      const q = Math.round(w[j]! * scale);
      if (Math.abs(q) >= floor) packed.push((q << 8) | c[j]!);
    }
    if (packed.length) {
      feats.push([k, packed]);
      total += packed.length;
    }
  }
  let cap = 2;
  while (cap < feats.length * 1.4 + 1) cap <<= 1;
  const mask = cap - 1;
  const keys = new Uint32Array(cap);
  const bySlot = new Int32Array(cap).fill(-1);
  // Insert in key order so the table does not depend on Map iteration order.
  const idx = feats.map((_, i) => i).sort((a, b) => feats[a]![0] - feats[b]![0]);
  for (const i of idx) {
    const f = feats[i]![0];
    let s = f & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = f;
    bySlot[s] = i;
  }
  const table = new Uint32Array(2 * (cap + 1));
  const entries = new Int32Array(total);
  let e = 0;
  for (let s = 0; s < cap; s++) {
    table[2 * s] = keys[s]!;
    table[2 * s + 1] = e;
    const i = bySlot[s]!;
    if (i < 0) continue;
    for (const v of feats[i]![1]) entries[e++] = v;
  }
  table[2 * cap + 1] = e;
  return { nClasses, table, entries, scale };
}

/** The (class, weight) rows of a frozen table, by feature key, for re-freezing. */
function* frozenRows(m: FrozenLinear): Generator<[number, number[], number[]]> {
  const cap = slots(m);
  for (let s = 0; s < cap; s++) {
    const k = m.table[2 * s]!;
    if (k === 0) continue;
    const cls: number[] = [];
    const w: number[] = [];
    for (let j = m.table[2 * s + 1]!; j < m.table[2 * s + 3]!; j++) {
      cls.push(m.entries[j]! & 255);
      w.push((m.entries[j]! >> 8) / m.scale);
    }
    yield [k, cls, w];
  }
}

/** Drops weights under `minWeight` of the largest (and features left empty): a smaller model. */
export function prune(m: FrozenLinear, minWeight: number): FrozenLinear {
  return freeze(m.nClasses, frozenRows(m), minWeight);
}
