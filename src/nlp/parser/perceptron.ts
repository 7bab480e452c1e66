/**
 * Averaged perceptron (Collins 2002) with sparse class vectors per feature:
 * a feature only stores the classes it was ever updated for, which keeps a
 * 100-class parser model small. Averages use the lazy timestamp trick.
 */
interface Row {
  cls: number[];
  w: number[];
  tot: number[];
  ts: number[];
}

/** A trainable averaged perceptron over hashed integer features. */
export class AveragedPerceptron {
  readonly rows = new Map<number, Row>();
  /** Number of update rounds so far (the averaging clock). */
  time = 0;

  constructor(readonly nClasses: number) {}

  /** Adds the current (not averaged) weights of `feats[0..nf)` into `scores`. */
  score(feats: ArrayLike<number>, nf: number, scores: Float64Array): void {
    scores.fill(0);
    for (let i = 0; i < nf; i++) {
      const row = this.rows.get(feats[i]!);
      if (!row) continue;
      const { cls, w } = row;
      for (let j = 0; j < cls.length; j++) scores[cls[j]!]! += w[j]!;
    }
  }

  /** One perceptron step: +1 to `truth`, -1 to `guess` on every feature (no-op when equal). */
  update(feats: ArrayLike<number>, nf: number, truth: number, guess: number): void {
    this.time++;
    if (truth === guess) return;
    for (let i = 0; i < nf; i++) {
      const f = feats[i]!;
      let row = this.rows.get(f);
      if (!row) {
        row = { cls: [], w: [], tot: [], ts: [] };
        this.rows.set(f, row);
      }
      this.bump(row, truth, 1);
      this.bump(row, guess, -1);
    }
  }

  /** Advances the clock without an update (a correct prediction). */
  tick(): void {
    this.time++;
  }

  private bump(row: Row, c: number, d: number): void {
    let j = row.cls.indexOf(c);
    if (j < 0) {
      j = row.cls.length;
      row.cls.push(c);
      row.w.push(0);
      row.tot.push(0);
      row.ts.push(this.time);
    }
    row.tot[j]! += (this.time - row.ts[j]!) * row.w[j]!;
    row.ts[j] = this.time;
    row.w[j]! += d;
  }

  /** The averaged weights, feature by feature: [key, classes, weights]. */
  *averaged(): Generator<[number, number[], number[]]> {
    const t = Math.max(1, this.time);
    for (const [k, row] of this.rows) {
      const avg = row.w.map((w, j) => (row.tot[j]! + (t - row.ts[j]!) * w) / t);
      yield [k, row.cls, avg];
    }
  }
}
