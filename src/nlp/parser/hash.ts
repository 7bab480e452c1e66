/**
 * 30-bit feature hashing. Features are never stored as text: a template id
 * and a few integer parts (word hashes, tag ids, labels) mix into one key.
 * Keys stay below 2^30 so V8 keeps them as small integers, and 0 is never
 * a key (it marks an empty slot in the frozen table).
 */

import { fnv1a32, fmix32 } from '../../core/hash.js';

/** FNV-1a over UTF-16 code units, 32-bit (the feature hash of a string). */
export const strHash = fnv1a32;

/** Mixes a template id and up to three parts into a nonzero 30-bit key. */
export function fkey(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = fmix32(h ^ a);
  h = fmix32((h + Math.imul(b, 0x27d4eb2f)) | 0);
  h = fmix32((h + Math.imul(c, 0x165667b1)) | 0);
  const k = h & 0x3fffffff;
  return k === 0 ? 1 : k;
}
