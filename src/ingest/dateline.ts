import type { Dateline } from '../core/article.js';
import { isoDate, isRealDate, monthNumber } from './normalize.js';

/*
 * Datelines of wire stories, as a small set of named rules. Each rule is an
 * anchored regex over the head of the text with named groups: `dl` is the
 * dateline proper (Dateline.span), the whole match ends where the story starts
 * (Dateline.bodyStart); `outlet`, `place`, `month`, `day`, `year` are optional.
 * Rules are tried in order, the first match wins. All regexes are built once.
 */

/** How much of the head a dateline may take; slicing keeps the regexes off long texts. */
const HEAD = 240;

const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
/** A place: up to four capitalized words, then maybe ", Region" ("TALLINN, Estonia", "Washington, D.C."). */
const PLACE = String.raw`(?<place>${WORD}(?:\s${WORD}){0,3}(?:,\s${WORD}(?:\s${WORD}){0,2})?)`;
/** A place in capitals ("KYIV", "NEW YORK"), maybe with ", Region": for the weakest rule. */
const CAPS_PLACE = String.raw`(?<place>\p{Lu}[\p{Lu}'’.\-]+(?:\s\p{Lu}[\p{Lu}'’.\-]+){0,2}(?:,\s${WORD}(?:\s${WORD}){0,2})?)`;
/** Case-insensitive letters without the `i` flag, which would make \p{Lu} match lower case too. */
function anyCase(word: string): string {
  return [...word].map((c) => `[${c.toUpperCase()}${c}]`).join('');
}
/** "Jan", "JAN", "January", "Sept.", "FEb": wire desks are not consistent about case. */
const MONTH_NAMES = String.raw`(?:${[
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]
  .map((m) => (m === 'september' ? `${anyCase('sep')}(?:${anyCase('t')})?` : anyCase(m.slice(0, 3))) + `(?:${anyCase(m.slice(3))})?`)
  .join('|')})\.?`;
/** "March 3", "March 3, 2024", "2 March" (European order), with a stray double space tolerated. */
const DATE = String.raw`(?:(?<month>${MONTH_NAMES}) {1,2}(?<day>\d{1,2})|(?<day2>\d{1,2}) (?<month2>${MONTH_NAMES}))(?!\d)(?:,?\s(?<year>\d{4}))?`;
/** An outlet in brackets: "(Reuters)", "(AP)", "(KCNA)", "(dpa)". */
const PAREN_OUTLET = String.raw`\((?<outlet>\p{L}[\p{L}\d.&'’/ \-]{0,30}?)\)`;
const DASH = String.raw`(?:--|[-–—―])`;
/** Separator when a dash is required. */
const DASHED = String.raw`\s*${DASH}\s*`;
/** Separator when the dateline is strong enough alone (dash optional, may be glued). */
const LOOSE = String.raw`\s*(?:(?:${DASH}|:)\s*)?`;

interface DatelineRule {
  id: string;
  re: RegExp;
}

function rule(id: string, dateline: string, separator: string): DatelineRule {
  return { id, re: new RegExp(`^(?<dl>${dateline})${separator}`, 'u') };
}

/** The rules, strongest first. */
export const DATELINE_RULES: readonly DatelineRule[] = [
  // "WANA (August 14)The U.S. ...": agency in capitals, date in brackets; some feeds glue the body on.
  rule('wire-date-paren', String.raw`(?<outlet>\p{Lu}{2,10}(?:-\p{Lu}+)?)\s?\(${DATE}\)`, LOOSE),
  // "BEIJING, June 2. /TASS/. Chinese ...": TASS marks itself between slashes.
  rule('place-date-slash-outlet', String.raw`${PLACE},\s${DATE}\.?\s/(?<outlet>\p{L}[\p{L}\- ]{1,20})/\.?`, LOOSE),
  // "MOSCOW, March 3 (Reuters) - ", "PYONGYANG, Sept. 9 (KCNA) --": the full wire form.
  rule('place-date-paren-outlet', String.raw`${PLACE},\s${DATE}\s?${PAREN_OUTLET}`, LOOSE),
  // "Oct 18 (Reuters) – ": Reuters briefs without a place.
  rule('date-paren-outlet', String.raw`${DATE}\s?${PAREN_OUTLET}`, LOOSE),
  // "TALLINN, Estonia (AP) — ", "SEOUL (Yonhap) -- ": no date, so the dash is required as evidence.
  rule('place-paren-outlet', String.raw`${PLACE}\s?${PAREN_OUTLET}`, DASHED),
  // "(Reuters) - ": outlet only; the dash tells it from a bracketed aside.
  rule('paren-outlet', PAREN_OUTLET, DASHED),
  // "SALVADOR, Feb 26 - ": Reuters-21578 style, place and date but no outlet.
  rule('place-date-dash', String.raw`${PLACE},\s${DATE}`, DASHED),
  // "KYIV, Ukraine — Drones ...": the weakest form, so the place must be in capitals, the dash
  // spaced, and the story open with a capital, digit or quote ("NATO — the alliance" is a sentence).
  rule('caps-place-dash', CAPS_PLACE, String.raw`\s+${DASH}\s+(?=[\p{Lu}\d"“‘'])`),
];

/** Words that open ordinary sentences or headlines, never places: guards the place rules. */
const NOT_PLACES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'By', 'With', 'As', 'It', 'This', 'That', 'But', 'And',
  'If', 'When', 'While', 'After', 'Before', 'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH',
  'LIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT', 'FACTBOX', 'EXPLAINER', 'THE',
]);
/** Places whose name opens with a guarded word. */
const THE_PLACES = /^the (?:hague|gambia|bahamas|vatican)\b/i;
const FIRST_WORD = /^[^\s,]+/;

/**
 * Allowed lag of `published` behind the dateline date: a story datelined in Seoul
 * on the 15th may carry a UTC publication date of the 14th.
 */
const SKEW_DAYS = 1;
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The year for a month-day from the publication date: the latest year that
 * does not put the date after `published` (plus SKEW_DAYS). Null when there is
 * no usable published date: a year is never invented.
 */
export function resolveYear(month: number, day: number, published: string | null): number | null {
  const p = published === null ? null : ISO_DAY.exec(published);
  if (!p) return null;
  const pubYear = Number(p[1]);
  const limit = Date.UTC(pubYear, Number(p[2]) - 1, Number(p[3])) + SKEW_DAYS * DAY_MS;
  // Eight years back reaches a 29 February from any year.
  for (let y = pubYear + 1; y >= pubYear - 8; y--) {
    if (isRealDate(y, month, day) && Date.UTC(y, month - 1, day) <= limit) return y;
  }
  return null;
}

/**
 * Finds the dateline at the head of a story ("WANA (August 14)", "MOSCOW,
 * March 3 (Reuters) -", "(Reuters) -", ...). The year of a dated dateline comes
 * from the dateline itself or from `published` (see resolveYear); without
 * either, `date` is null and `monthDay` keeps what was written. Returns null
 * when the text opens with an ordinary sentence.
 */
export function parseDateline(text: string, published: string | null): Dateline | null {
  let lead = 0;
  while (lead < text.length && isSpace(text.charCodeAt(lead))) lead++;
  const head = text.slice(lead, lead + HEAD);
  for (const r of DATELINE_RULES) {
    const m = r.re.exec(head);
    if (!m || !m.groups) continue;
    const g = m.groups;
    if (g.place !== undefined && !isPlace(g.place)) continue;
    const when = datePart(g.month ?? g.month2, g.day ?? g.day2, g.year, published);
    if (when === undefined) continue;
    return {
      span: { start: lead, end: lead + g.dl!.length },
      bodyStart: lead + m[0].length,
      outlet: g.outlet?.trim() || null,
      place: g.place ?? null,
      date: when.date,
      monthDay: when.monthDay,
    };
  }
  return null;
}

/** Date fields of a match; undefined when the month-day is impossible (the rule does not apply). */
function datePart(
  monthName: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined,
  published: string | null,
): { date: string | null; monthDay: string | null } | undefined {
  if (monthName === undefined || dayText === undefined) return { date: null, monthDay: null };
  const month = monthNumber(monthName);
  const day = Number(dayText);
  // 2000 is a leap year: the month-day check alone must accept 29 February.
  if (month === null || !isRealDate(2000, month, day)) return undefined;
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let year = yearText === undefined ? resolveYear(month, day, published) : Number(yearText);
  if (year !== null && !isRealDate(year, month, day)) year = null;
  return { date: year === null ? null : isoDate(year, month, day), monthDay };
}

function isPlace(place: string): boolean {
  return !NOT_PLACES.has(FIRST_WORD.exec(place)?.[0] ?? '') || THE_PLACES.test(place);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}
