import { type Result, ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import { strHash } from './hash.js';
import { findKey } from './sorted.js';

/**
 * Word classes learned from word vectors (k-means over GloVe, built by
 * scripts/build-clusters.ts): for each known word, keyed by the hash of
 * its normalized form (never the form itself), a fine class and a coarse
 * class. They tell the tagger and parser that an unseen word behaves like
 * words they have seen ("howitzers" like "rifles"), which the treebank's
 * own vocabulary cannot.
 */
export interface Clusters {
  /** Sorted hashes of normalized forms. */
  keys: Uint32Array;
  /** Fine class id in the low 16 bits, coarse class id in the high 16. */
  ids: Uint32Array;
}

const MAGIC = 'DWCLUST1';

/** No classes: every word is unknown to them. */
export const NO_CLUSTERS: Clusters = { keys: new Uint32Array(0), ids: new Uint32Array(0) };

/**
 * Class of a normalized-form hash: (fine + 1) | (coarse + 1) << 16, or 0
 * for a word the vectors did not hold.
 */
export function clusterOf(c: Clusters, key: number): number {
  const j = findKey(c.keys, key);
  if (j < 0) return 0;
  const v = c.ids[j]!;
  return (((v & 0xffff) + 1) | (((v >>> 16) + 1) << 16)) >>> 0;
}

/**
 * Builds the table from (normalized form, fine, coarse) rows; the first
 * row of a form wins, so callers list frequent words first.
 */
export function buildClusters(rows: Iterable<[string, number, number]>): Clusters {
  const seen = new Map<number, number>();
  for (const [form, fine, coarse] of rows) {
    const k = strHash(form) >>> 0;
    if (!seen.has(k)) seen.set(k, ((fine & 0xffff) | (coarse << 16)) >>> 0);
  }
  const keys = Uint32Array.from([...seen.keys()].sort((a, b) => a - b));
  return { keys, ids: Uint32Array.from(keys, (k) => seen.get(k)!) };
}

/** Serializes: magic, count (u32 LE), keys, ids. Same table, same bytes. */
export function saveClusters(c: Clusters): Uint8Array {
  const n = c.keys.length;
  const out = new Uint8Array(12 + 8 * n);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(8, n, true);
  for (let i = 0; i < n; i++) {
    dv.setUint32(12 + 4 * i, c.keys[i]!, true);
    dv.setUint32(12 + 4 * (n + i), c.ids[i]!, true);
  }
  return out;
}

/** Reads a table written by saveClusters (copies it: it is small). */
export function loadClusters(bytes: Uint8Array, where = '<bytes>'): Result<Clusters> {
  const bad = (detail: string) => fail<Clusters>(issue('E211', { path: where, detail }, where));
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return bad('no DWCLUST1 signature');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = dv.getUint32(8, true);
  if (bytes.length !== 12 + 8 * n) return bad(`expected ${n} classes, the file has ${bytes.length} bytes`);
  const keys = new Uint32Array(n);
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = dv.getUint32(12 + 4 * i, true);
    ids[i] = dv.getUint32(12 + 4 * (n + i), true);
    if (i > 0 && keys[i]! <= keys[i - 1]!) return bad('keys are not sorted');
  }
  return ok({ keys, ids });
}
