import chardet from 'chardet';
import type { Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';

/**
 * A strict decoder: invalid UTF-8 throws, so decodeBytes can tell clean
 * UTF-8 from the rest. Decoders are cheap but stateful, so one per caller.
 */
export function strictDecoder(): TextDecoder {
  // ignoreBOM: false (the default) strips a leading BOM for us.
  return new TextDecoder('utf-8', { fatal: true });
}

/** Bytes sniffed by isBinary: enough to tell, cheap on a 32 MB file. */
const SNIFF = 65_536;

/**
 * True when the bytes look binary: more than 5 % of the first 64 KB are
 * control bytes text never holds (NUL and the other C0 controls but tab,
 * line ends, form feed and escape): images, archives, UTF-16 without a BOM.
 * A text with a few stray NULs is read (normalization drops them), not lost.
 */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
  }
  return controls * 20 > n;
}

/** A BOM's encoding and length, or null. */
function bomOf(b: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Single-byte encodings chardet may name that WHATWG TextDecoder reads, as TextDecoder labels. */
const SINGLE_BYTE: Record<string, string> = {
  'ISO-8859-1': 'windows-1252', 'windows-1252': 'windows-1252', 'ISO-8859-2': 'iso-8859-2', 'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251', 'KOI8-R': 'koi8-r', 'ISO-8859-5': 'iso-8859-5', 'ISO-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253', 'ISO-8859-9': 'windows-1254', 'windows-1254': 'windows-1254',
};

/** chardet's confidence (0-100) below which its guess is not trusted over Windows-1252. */
const MIN_CONFIDENCE = 60;

/** The single-byte encoding to assume for bytes that are not UTF-8: chardet's confident guess, else Windows-1252. */
function guessSingleByte(bytes: Uint8Array): string {
  const top = chardet.analyse(bytes).find((c) => SINGLE_BYTE[c.name] !== undefined);
  return top && top.confidence >= MIN_CONFIDENCE ? SINGLE_BYTE[top.name]! : 'windows-1252';
}

/** Counts of invalid UTF-8 sequences and of valid multi-byte ones (a file with the latter is UTF-8 with damage). */
export function utf8Census(b: Uint8Array): { invalid: number; multibyte: number; firstInvalid: number } {
  let invalid = 0;
  let multibyte = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < b.length) {
    const n = validSequence(b, i);
    if (n === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    } else {
      if (n > 1) multibyte++;
      i += n;
    }
  }
  return { invalid, multibyte, firstInvalid };
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid. */
function validSequence(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) {
    const cc = b[i + k];
    if (cc === undefined || (cc & 0xc0) !== 0x80) return 0;
  }
  // Overlongs, surrogates and values above U+10FFFF hide in the second byte.
  const c1 = b[i + 1] ?? 0;
  if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0;
  return need + 1;
}

/**
 * Decodes a whole file (or one JSON line), keeping the text whatever its
 * encoding: a BOM decides (UTF-8, UTF-16 LE/BE); else valid UTF-8 is read as
 * is; else UTF-8 with a few damaged bytes (it has valid multi-byte sequences)
 * is read with U+FFFD in their place (warning E117); else the text is taken
 * for a single-byte encoding, chardet's confident guess or Windows-1252
 * (warning E116 naming it). Only binary content (E102) is refused.
 */
export function decodeBytes(bytes: Uint8Array, where: string, decoder = strictDecoder()): Result<string> {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return ok(new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)));
  if (isBinary(bytes)) return fail(issue('E102', { path: where }, where));
  try {
    return ok(decoder.decode(bytes));
  } catch {
    const census = utf8Census(bytes);
    if (bom || census.multibyte > 0) {
      const text = new TextDecoder('utf-8').decode(bytes);
      return ok(text, [issue('E117', { path: where, count: census.invalid, offset: census.firstInvalid }, where)]);
    }
    const encoding = guessSingleByte(bytes);
    return ok(new TextDecoder(encoding).decode(bytes), [issue('E116', { path: where, encoding }, where)]);
  }
}

/** Offset of the first invalid UTF-8 sequence, or the length when there is none. */
export function invalidUtf8Offset(b: Uint8Array): number {
  const first = utf8Census(b).firstInvalid;
  return first < 0 ? b.length : first;
}
