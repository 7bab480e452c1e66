/**
 * Maximum-weight bipartite matching (the Hungarian algorithm). Scoring needs
 * a maximum matching, not a greedy one: greedy order can leave a gold event
 * unmatched that another assignment would match, and can pair a root-only
 * match where an exact-code match was available.
 */

/**
 * Returns the [row, col] pairs of a maximum-weight matching of a rows×cols
 * matrix of non-negative integer weights; pairs of weight 0 (not allowed)
 * are left out. Deterministic for a given matrix.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[]): Array<[number, number]> {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  if (rows === 0 || cols === 0) return [];
  // The algorithm below wants rows ≤ cols; transpose otherwise.
  if (rows > cols) {
    const t = Array.from({ length: cols }, (_, c) => weights.map((r) => r[c]!));
    return maxWeightMatching(t).map(([c, r]) => [r, c]);
  }
  let max = 0;
  for (const r of weights) for (const w of r) max = Math.max(max, w);
  // Minimise cost = max - weight, so the largest weight is the cheapest.
  const cost = (i: number, j: number) => max - weights[i - 1]![j - 1]!;
  const assigned = hungarian(rows, cols, cost);
  const out: Array<[number, number]> = [];
  for (let j = 1; j <= cols; j++) {
    const i = assigned[j]!;
    if (i !== 0 && weights[i - 1]![j - 1]! > 0) out.push([i - 1, j - 1]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Classic O(n²m) Hungarian algorithm with potentials, 1-based (index 0 is a
 * sentinel). Returns p where p[j] is the row assigned to column j (0: none).
 */
function hungarian(n: number, m: number, cost: (i: number, j: number) => number): number[] {
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  return p;
}
