/**
 * Averaged perceptron (Collins 2002) with sparse class vectors per feature:
 * a feature only stores the classes it was ever updated for, which keeps a
 * 100-class parser model small. Averages use the lazy timestamp trick.
 *
 * A row is one Float64Array [count, (class, weight, total, stamp) * cap]
 * so scoring touches one object per feature.
 */
const STRIDE = 4;

/** A trainable averaged perceptron over hashed integer features. */
export class AveragedPerceptron {
  readonly rows = new Map<number, Float64Array>();
  /** Number of examples seen so far (the averaging clock). */
  time = 0;

  constructor(readonly nClasses: number) {}

  /** Writes the current (not averaged) scores of `feats[0..nf)` into `scores`. */
  score(feats: ArrayLike<number>, nf: number, scores: Float64Array): void {
    scores.fill(0);
    for (let i = 0; i < nf; i++) {
      const row = this.rows.get(feats[i]!);
      if (!row) continue;
      const end = 1 + row[0]! * STRIDE;
      for (let j = 1; j < end; j += STRIDE) scores[row[j]!]! += row[j + 1]!;
    }
  }

  /** One example: +1 to `truth` and -1 to `guess` on every feature when they differ; the clock ticks either way. */
  update(feats: ArrayLike<number>, nf: number, truth: number, guess: number): void {
    this.time++;
    if (truth === guess) return;
    for (let i = 0; i < nf; i++) {
      const f = feats[i]!;
      let row = this.rows.get(f);
      if (!row) {
        row = new Float64Array(1 + 2 * STRIDE);
        this.rows.set(f, row);
      }
      row = this.bump(f, row, truth, 1);
      this.bump(f, row, guess, -1);
    }
  }

  private bump(f: number, row: Float64Array, c: number, d: number): Float64Array {
    const n = row[0]!;
    let j = 1;
    const end = 1 + n * STRIDE;
    while (j < end && row[j] !== c) j += STRIDE;
    if (j === end) {
      if (end + STRIDE > row.length) {
        const grown = new Float64Array(1 + Math.max(2, n * 2) * STRIDE);
        grown.set(row);
        row = grown;
        this.rows.set(f, row);
      }
      row[0] = n + 1;
      row[j] = c;
      row[j + 1] = 0;
      row[j + 2] = 0;
      row[j + 3] = this.time;
    }
    row[j + 2]! += (this.time - row[j + 3]!) * row[j + 1]!;
    row[j + 3] = this.time;
    row[j + 1]! += d;
    return row;
  }

  /** The averaged weights, feature by feature: [key, classes, weights]. */
  *averaged(): Generator<[number, number[], number[]]> {
    const t = Math.max(1, this.time);
    for (const [k, row] of this.rows) {
      const cls: number[] = [];
      const avg: number[] = [];
      const end = 1 + row[0]! * STRIDE;
      for (let j = 1; j < end; j += STRIDE) {
        cls.push(row[j]!);
        avg.push((row[j + 2]! + (t - row[j + 3]!) * row[j + 1]!) / t);
      }
      yield [k, cls, avg];
    }
  }
}
