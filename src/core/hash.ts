/**
 * Small non-cryptographic 32-bit hashes shared by the parser's feature keys
 * and the stories' MinHash. Both must stay bit-for-bit stable: the parser's
 * committed model and the stored story signatures are keyed by them.
 */

/** FNV-1a over UTF-16 code units, 32-bit, unsigned. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finalizer: a cheap, well-mixed hash of a 32-bit value, unsigned. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
