import type { Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';

/**
 * A strict decoder: invalid UTF-8 is an error (E103), never U+FFFD silently
 * planted in an article. Decoders are cheap but stateful, so one per caller.
 */
export function strictDecoder(): TextDecoder {
  // ignoreBOM: false (the default) strips a leading BOM for us.
  return new TextDecoder('utf-8', { fatal: true });
}

/** True when the bytes hold a NUL: text never does, binaries and UTF-16 almost always do. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Decodes a whole file (or line) as UTF-8. Binary content gives E102, invalid
 * UTF-8 gives E103 with the byte offset of the first bad sequence.
 */
export function decodeBytes(bytes: Uint8Array, where: string, decoder = strictDecoder()): Result<string> {
  if (isBinary(bytes)) return fail(issue('E102', { path: where }, where));
  try {
    return ok(decoder.decode(bytes));
  } catch {
    return fail(issue('E103', { path: where, offset: invalidUtf8Offset(bytes) }, where));
  }
}

/**
 * Offset of the first invalid UTF-8 sequence (only called after the decoder
 * failed, so speed does not matter). Returns the length when none is found.
 */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    // Overlongs, surrogates and values above U+10FFFF hide in the second byte.
    const c1 = b[i + 1] ?? 0;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) {
      return i;
    }
    i += need + 1;
  }
  return b.length;
}
