/**
 * MinHash over word shingles, with LSH banding (Broder 1997; Leskovec,
 * Rajaraman & Ullman, Mining of Massive Datasets, ch. 3). A signature of
 * NUM_HASHES minimums estimates the Jaccard similarity of two shingle sets;
 * cut into BANDS bands of ROWS rows, two texts share a band (and become
 * candidates) with probability 1 - (1 - J^ROWS)^BANDS: 0.23 at J = 0.3,
 * 0.87 at J = 0.5, 0.99 at J = 0.65.
 */

import { fnv1a32, fmix32 } from '../core/hash.js';

/** Words per shingle: long enough that two articles on one topic share few, short enough to survive light edits. */
export const SHINGLE_WORDS = 5;
export const NUM_HASHES = 128;
export const BANDS = 32;
export const ROWS = NUM_HASHES / BANDS;

/** FNV-1a of a string, finalised with fmix32. */
function hashString(s: string): number {
  return fmix32(fnv1a32(s));
}

/** One seed per hash function, derived, never mutated. */
const SEEDS: readonly number[] = Object.freeze(Array.from({ length: NUM_HASHES }, (_, i) => fmix32((i + 1) * 0x9e3779b9)));

/**
 * Words of a text for shingling: lower-cased letters and digits only, so a
 * changed dash, quote style or line break is no difference.
 */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the distinct SHINGLE_WORDS-word shingles of a text (a short text is one shingle). */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < SHINGLE_WORDS) {
    out.add(hashString(w.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(hashString(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** A text's MinHash signature and how many shingles it has (for containment estimates). */
export interface Signature {
  mins: Uint32Array;
  size: number;
}

export function signature(sh: Set<number>): Signature {
  const mins = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const x of sh) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = fmix32(x ^ SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return { mins, size: sh.size };
}

/** Estimated Jaccard similarity: the share of equal minimums. */
export function jaccard(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / NUM_HASHES;
}

/**
 * Estimated share of the smaller text's shingles found in the larger one.
 * From J = |A∩B| / |A∪B| and the set sizes: |A∩B| = J (|A| + |B|) / (1 + J).
 * A copy with a paragraph added, or cut short, keeps a high containment
 * although its Jaccard falls.
 */
export function containment(a: Signature, b: Signature): number {
  const j = jaccard(a, b);
  const small = Math.min(a.size, b.size);
  if (small === 0) return 0;
  return Math.min(1, (j * (a.size + b.size)) / (1 + j) / small);
}

/** LSH band keys of a signature: "band:hash of its rows". */
export function bands(sig: Signature): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 0x01000193) ^ sig.mins[b * ROWS + r]!);
    out.push(`${b}:${h.toString(36)}`);
  }
  return out;
}

/** Stored form: "size:" then the minimums as 8-digit hex. */
export function encodeSignature(sig: Signature): string {
  return `${sig.size}:${Array.from(sig.mins, (m) => m.toString(16).padStart(8, '0')).join('')}`;
}

export function decodeSignature(s: string): Signature | null {
  const m = /^(\d+):([0-9a-f]+)$/.exec(s);
  if (!m || m[2]!.length !== NUM_HASHES * 8) return null;
  const mins = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) mins[i] = parseInt(m[2]!.slice(i * 8, i * 8 + 8), 16);
  return { mins, size: Number(m[1]) };
}
