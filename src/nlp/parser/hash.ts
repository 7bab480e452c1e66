/**
 * 30-bit feature hashing. Features are never stored as text: a template id
 * and a few integer parts (word hashes, tag ids, labels) mix into one key.
 * Keys stay below 2^30 so V8 keeps them as small integers, and 0 is never
 * a key (it marks an empty slot in the frozen table).
 */

/** FNV-1a over UTF-16 code units, 32-bit. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Mixes a template id and up to three parts into a nonzero 30-bit key. */
export function fkey(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = fmix(h ^ a);
  h = fmix((h + Math.imul(b, 0x27d4eb2f)) | 0);
  h = fmix((h + Math.imul(c, 0x165667b1)) | 0);
  const k = h & 0x3fffffff;
  return k === 0 ? 1 : k;
}
