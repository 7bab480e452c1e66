/**
 * The arc-eager transition system (Nivre 2003) with the dynamic oracle of
 * Goldberg & Nivre (2012). Words are 1..n, 0 is the root, which sits at the
 * bottom of the stack and is never popped. When the buffer is empty the
 * parse ends and every word still without a head hangs from the root.
 *
 * Classes: 0 SHIFT, 1 REDUCE, 2+l LEFT-ARC with label l, 2+L+l RIGHT-ARC
 * with label l (L labels). A RIGHT-ARC from the root must carry the root
 * label and only the root carries it.
 */
export const SHIFT = 0;
export const REDUCE = 1;

/** Mutable parser configuration over one sentence; reused across sentences to avoid allocation. */
export class ArcEagerState {
  n = 0;
  /** Stack of word indices; stack[0] is the root (0). */
  stack: Int32Array;
  sp = 0;
  /** Front of the buffer; the buffer is words b..n. */
  b = 1;
  head: Int32Array;
  label: Int32Array;
  /** Leftmost, second leftmost, rightmost and second rightmost child (0 = none). */
  l1: Int32Array;
  l2: Int32Array;
  r1: Int32Array;
  r2: Int32Array;
  /** Number of left and right children. */
  nl: Int32Array;
  nr: Int32Array;
  /** Bitsets of the labels of the left and right children (label id mod 31). */
  ls: Int32Array;
  rs: Int32Array;

  constructor(capacity = 256) {
    const c = capacity + 2;
    this.stack = new Int32Array(c);
    this.head = new Int32Array(c);
    this.label = new Int32Array(c);
    this.l1 = new Int32Array(c);
    this.l2 = new Int32Array(c);
    this.r1 = new Int32Array(c);
    this.r2 = new Int32Array(c);
    this.nl = new Int32Array(c);
    this.nr = new Int32Array(c);
    this.ls = new Int32Array(c);
    this.rs = new Int32Array(c);
  }

  /** Starts a sentence of n words, growing the arrays when needed. */
  reset(n: number): void {
    if (n + 2 > this.head.length) Object.assign(this, new ArcEagerState(n * 2));
    this.n = n;
    this.sp = 1;
    this.stack[0] = 0;
    this.b = 1;
    this.head.fill(-1, 0, n + 1);
    this.label.fill(-1, 0, n + 1);
    for (const a of [this.l1, this.l2, this.r1, this.r2, this.nl, this.nr, this.ls, this.rs]) a.fill(0, 0, n + 1);
  }

  get s0(): number {
    return this.stack[this.sp - 1]!;
  }

  /** Stack item i from the top (0 = top), or -1. */
  s(i: number): number {
    return i < this.sp ? this.stack[this.sp - 1 - i]! : -1;
  }

  bufferEmpty(): boolean {
    return this.b > this.n;
  }

  private attach(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    const bit = 1 << l % 31;
    if (d < h) {
      this.nl[h]++;
      this.ls[h] |= bit;
      if (this.l1[h] === 0 || d < this.l1[h]!) {
        this.l2[h] = this.l1[h]!;
        this.l1[h] = d;
      } else if (this.l2[h] === 0 || d < this.l2[h]!) this.l2[h] = d;
    } else {
      this.nr[h]++;
      this.rs[h] |= bit;
      if (this.r1[h] === 0 || d > this.r1[h]!) {
        this.r2[h] = this.r1[h]!;
        this.r1[h] = d;
      } else if (this.r2[h] === 0 || d > this.r2[h]!) this.r2[h] = d;
    }
  }

  /** Applies a class (assumed valid). */
  apply(cls: number, nLabels: number): void {
    if (cls === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (cls === REDUCE) {
      this.sp--;
    } else if (cls < 2 + nLabels) {
      this.attach(this.b, this.s0, cls - 2);
      this.sp--;
    } else {
      this.attach(this.s0, this.b, cls - 2 - nLabels);
      this.stack[this.sp++] = this.b++;
    }
  }

  /** Hangs every headless word from the root with `rootLabel`; call once the buffer is empty. */
  finish(rootLabel: number): void {
    for (let i = 1; i <= this.n; i++) if (this.head[i]! < 0) {
      this.head[i] = 0;
      this.label[i] = rootLabel;
    }
  }
}

/**
 * Marks the valid classes in `out` (1 valid, 0 not). `rootLabel` may only
 * be used by a RIGHT-ARC from the root, which may use nothing else.
 */
export function validMoves(st: ArcEagerState, nLabels: number, rootLabel: number, out: Uint8Array): void {
  out.fill(0);
  if (st.bufferEmpty()) return;
  const s0 = st.s0;
  out[SHIFT] = 1;
  if (s0 !== 0 && st.head[s0]! >= 0) out[REDUCE] = 1;
  if (s0 === 0) {
    out[2 + nLabels + rootLabel] = 1;
    return;
  }
  if (st.head[s0]! < 0) for (let l = 0; l < nLabels; l++) if (l !== rootLabel) out[2 + l] = 1;
  for (let l = 0; l < nLabels; l++) if (l !== rootLabel) out[2 + nLabels + l] = 1;
}

/**
 * Dynamic-oracle costs (Goldberg & Nivre 2012): for each valid class, the
 * number of gold arcs (with labels) that become unreachable. Gold heads
 * `gh` and labels `gl` are indexed by word (index 0 unused) and must form
 * a projective tree. A root arc is reachable as long as the word has no
 * head, since headless words end up on the root.
 */
export function moveCosts(st: ArcEagerState, gh: ArrayLike<number>, gl: ArrayLike<number>, nLabels: number, valid: Uint8Array, out: Int32Array): void {
  out.fill(0);
  if (st.bufferEmpty()) return;
  const { b, n } = st;
  const s0 = st.s0;
  let s0DepsInBuffer = 0;
  for (let k = b; k <= n; k++) if (gh[k] === s0) s0DepsInBuffer++;
  // SHIFT: b loses a head in the stack (not the root) and its dependents left headless in the stack.
  let shift = 0;
  let bDepsInStack = 0;
  for (let i = 1; i < st.sp; i++) {
    const k = st.stack[i]!;
    if (gh[b] === k) shift++;
    if (st.head[k]! < 0 && gh[k] === b) bDepsInStack++;
  }
  out[SHIFT] = shift + bDepsInStack;
  out[REDUCE] = s0DepsInBuffer;
  if (s0 !== 0) {
    // LEFT-ARC: s0 takes b as head and leaves the stack.
    const h = gh[s0]!;
    const lostHead = h !== b && (h >= b || h === 0) ? 1 : 0;
    for (let l = 0; l < nLabels; l++) {
      out[2 + l] = lostHead + s0DepsInBuffer + (h === b && gl[s0] !== l ? 1 : 0);
    }
  }
  // RIGHT-ARC: b takes s0 as head and goes on the stack.
  const hb = gh[b]!;
  const bHeadReachable = hb === 0 || hb > b || isOnStack(st, hb);
  const lostB = hb !== s0 && bHeadReachable ? 1 : 0;
  for (let l = 0; l < nLabels; l++) {
    out[2 + nLabels + l] = lostB + bDepsInStack + (hb === s0 && gl[b] !== l ? 1 : 0);
  }
  for (let c = 0; c < out.length; c++) if (!valid[c]) out[c] = 1 << 20;
}

function isOnStack(st: ArcEagerState, w: number): boolean {
  for (let i = 0; i < st.sp; i++) if (st.stack[i] === w) return true;
  return false;
}

/** True when the tree (heads 1-based per word, array index 0 = word 1) has no crossing arcs. */
export function isProjective(heads: readonly number[]): boolean {
  const n = heads.length;
  for (let d = 1; d <= n; d++) {
    const h = heads[d - 1]!;
    const lo = Math.min(h, d);
    const hi = Math.max(h, d);
    for (let k = lo + 1; k < hi; k++) if (!dominates(heads, h, k)) return false;
  }
  return true;
}

function dominates(heads: readonly number[], h: number, k: number): boolean {
  let x = k;
  for (let guard = 0; x !== 0 && guard <= heads.length; guard++) {
    if (x === h) return true;
    x = heads[x - 1]!;
  }
  return x === h;
}

/**
 * Projectivizes a tree by lifting (Kahane et al. 1998, without label
 * encoding): the shortest non-projective arc moves up to the grandparent
 * until none is left. Labels are kept. Returns new heads.
 */
export function projectivize(heads: readonly number[]): number[] {
  const h = heads.slice();
  for (;;) {
    let best = -1;
    let bestLen = Infinity;
    for (let d = 1; d <= h.length; d++) {
      const hd = h[d - 1]!;
      const lo = Math.min(hd, d);
      const hi = Math.max(hd, d);
      if (hi - lo >= bestLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(h, hd, k)) {
          best = d;
          bestLen = hi - lo;
          break;
        }
      }
    }
    if (best < 0) return h;
    h[best - 1] = h[h[best - 1]! - 1]!;
  }
}
