/**
 * A frozen linear model: an open-addressing hash table from 30-bit feature
 * keys to sparse class vectors of int16 weights. All arrays are typed-array
 * views, so a model can sit on a Uint8Array or SharedArrayBuffer without a
 * copy. One global scale is used, so argmax needs no multiplication.
 */
export interface FrozenLinear {
  nClasses: number;
  /** Slot -> feature key (0 = empty); length is a power of two. */
  keys: Uint32Array;
  /** Entries of slot s are start[s] .. start[s+1]. */
  start: Uint32Array;
  cls: Uint8Array;
  w: Int16Array;
  /** Real weight = w / scale. */
  scale: number;
}

/** Adds the weights of `feats[0..nf)` into `scores` (zeroed first). */
export function scoreFrozen(m: FrozenLinear, feats: ArrayLike<number>, nf: number, scores: Int32Array): void {
  scores.fill(0);
  const { keys, start, cls, w } = m;
  const mask = keys.length - 1;
  for (let i = 0; i < nf; i++) {
    const f = feats[i]!;
    let s = Math.imul(f, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[s]!;
      if (k === f) {
        const e = start[s + 1]!;
        for (let j = start[s]!; j < e; j++) scores[cls[j]!]! += w[j]!;
        break;
      }
      if (k === 0) break;
      s = (s + 1) & mask;
    }
  }
}

/**
 * Freezes averaged weights: quantizes to int16 with a scale set by the
 * largest weight, drops entries that round to zero and features left with
 * none, and lays the entries out in slot order.
 */
export function freeze(nClasses: number, rows: Iterable<[number, number[], number[]]>): FrozenLinear {
  const kept: [number, number[], number[]][] = [];
  let max = 0;
  for (const [k, c, w] of rows) {
    for (const x of w) max = Math.max(max, Math.abs(x));
    kept.push([k, c, w]);
  }
  const scale = max > 0 ? 32767 / max : 1;
  const feats: [number, number[], number[]][] = [];
  let total = 0;
  for (const [k, c, w] of kept) {
    const cs: number[] = [];
    const ws: number[] = [];
    // Sort by class so the bytes do not depend on update order.
    const order = c.map((_, j) => j).sort((a, b) => c[a]! - c[b]!);
    for (const j of order) {
      const q = Math.round(w[j]! * scale);
      if (q !== 0) {
        cs.push(c[j]!);
        ws.push(q);
      }
    }
    if (cs.length) {
      feats.push([k, cs, ws]);
      total += cs.length;
    }
  }
  let cap = 1;
  while (cap < feats.length * 1.4 + 1) cap <<= 1;
  const mask = cap - 1;
  const keys = new Uint32Array(cap);
  const slotOf = new Int32Array(feats.length);
  // Insert in key order so the table does not depend on Map iteration order.
  const idx = feats.map((_, i) => i).sort((a, b) => feats[a]![0] - feats[b]![0]);
  for (const i of idx) {
    const f = feats[i]![0];
    let s = Math.imul(f, 0x9e3779b1) >>> 0 & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = f;
    slotOf[i] = s;
  }
  const bySlot = new Int32Array(cap).fill(-1);
  for (let i = 0; i < feats.length; i++) bySlot[slotOf[i]!] = i;
  const start = new Uint32Array(cap + 1);
  const cls = new Uint8Array(total);
  const w = new Int16Array(total);
  let e = 0;
  for (let s = 0; s < cap; s++) {
    start[s] = e;
    const i = bySlot[s]!;
    if (i < 0) continue;
    const [, cs, ws] = feats[i]!;
    for (let j = 0; j < cs.length; j++) {
      cls[e] = cs[j]!;
      w[e] = ws[j]!;
      e++;
    }
  }
  start[cap] = e;
  return { nClasses, keys, start, cls, w, scale };
}
