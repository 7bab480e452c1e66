import { createHash } from 'node:crypto';

/*
 * Text and date normalization shared by the readers and toArticle. Every
 * regex is compiled once here: these run on every article of a batch.
 */

const BOM = /^\uFEFF/;
const LINE_ENDS = /\r\n?|[\u2028\u2029]/g;
/** C0 controls except \t and \n, DEL, and C1 controls (almost always mojibake in news text). */
const CONTROLS = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g;
const HAS_CR_OR_SEP = /[\r\u2028\u2029]/;
const HAS_CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/;
const WHITESPACE_RUN = /\s+/g;
/**
 * Invisible characters that split words for the tokenizer ("hos\u200Bted"):
 * zero-width space, word joiner and a BOM inside the text. ZWJ and ZWNJ stay
 * (they shape Persian and Indic words).
 */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u200B\u2060\uFEFF]/;
/** Anything that survives normalization and is not whitespace. */
const HAS_CONTENT = /[^\s\x00-\x1F\x7F-\x9F\uFEFF\u200B\u2060]/;

/**
 * Normalizes article text: strips a BOM, applies NFC, turns CRLF/CR (and
 * Unicode line separators) into \n, removes control characters other than
 * \n and \t and the invisible word splitters (INVISIBLE), and trims both ends. Every span of every layer indexes the result.
 */
export function normalizeText(text: string): string {
  let t = text.replace(BOM, '');
  // The tests first keep the common clean article from paying for a rewrite.
  if (HAS_CR_OR_SEP.test(t)) t = t.replace(LINE_ENDS, '\n');
  if (HAS_CONTROL.test(t)) t = t.replace(CONTROLS, '');
  if (HAS_INVISIBLE.test(t)) t = t.replace(INVISIBLE, '');
  return t.normalize('NFC').trim();
}

/** True when the text would not be empty after normalization (cheap: stops at the first hit). */
export function hasContent(text: string): boolean {
  return HAS_CONTENT.test(text);
}

/**
 * Content id of a normalized text: sha256 hex (first 32 digits) of the text with
 * whitespace runs collapsed to one space, so re-ingesting the same story with
 * different wrapping or indentation gives the same id.
 */
export function contentId(text: string): string {
  const key = text.replace(WHITESPACE_RUN, ' ').trim();
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32);
}

const TRAILING_DOT = /\.$/;
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * Month number from an English month name or abbreviation of at least three
 * letters ("Sept.", "August", "FEB"), else null: "Junk" is not June.
 */
export function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(TRAILING_DOT, '');
  if (n.length < 3) return null;
  const i = MONTH_NAMES.findIndex((full) => full.startsWith(n));
  return i < 0 ? null : i + 1;
}

/** True when year-month-day is a real calendar date. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO YYYY-MM-DD from numbers (no validation). */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// The date as written at the source is kept (no timezone conversion): a story
// published late on the 14th in Washington is a story of the 14th.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
/** "26-FEB-1987 15:01:01.79" (Reuters-21578), "14 Aug 2024", "Tue, 14 Aug 2024 10:00:00 GMT" (RFC 2822). */
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{4})\b/;
/** "August 14, 2024", "Aug. 14 2024". */
const MONTH_DAY_YEAR = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/**
 * Normalizes a publication date to YYYY-MM-DD. Accepts ISO dates and
 * datetimes, "26-FEB-1987 15:01:01.79", RFC 2822 and "August 14, 2024";
 * returns null for anything else or for impossible dates (never guesses).
 */
export function normalizeDate(value: string): string | null {
  const s = value.trim();
  let y: number;
  let m: number | null;
  let d: number;
  let hit = ISO.exec(s) ?? SLASHED.exec(s);
  if (hit) {
    [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  } else if ((hit = DAY_MONTH_YEAR.exec(s))) {
    [y, m, d] = [Number(hit[3]), monthNumber(hit[2]!), Number(hit[1])];
  } else if ((hit = MONTH_DAY_YEAR.exec(s))) {
    [y, m, d] = [Number(hit[3]), monthNumber(hit[1]!), Number(hit[2])];
  } else {
    return null;
  }
  if (m === null || !isRealDate(y, m, d)) return null;
  return isoDate(y, m, d);
}
