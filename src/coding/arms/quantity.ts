/**
 * Quantities: the amount written before a weapon phrase ("hundreds of",
 * "about 400", "as many as more than 6 million"), kept as written and
 * normalised to a range. A number that counts containers, shipments or money
 * is not a count of weapons and gives no quantity.
 */
import type { Token } from '../../core/nlp.js';
import type { Span } from '../../core/span.js';
import type { QuantityDict, WeaponDict } from './types.js';
import type { ModifierKind } from './schema.js';
import { matchAt } from './match.js';

/** A quantity and the rule that read it. */
export interface Quantity {
  text: string;
  min: number | null;
  max: number | null;
  span: Span;
  /** exact | approx | min | max | nearly | vague */
  kind: string;
}

interface Parsed {
  end: number;
  min: number | null;
  max: number | null;
  kind: string;
}

const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;
/** "5m", "1.5bn", "10k": a number glued to a scale. */
const SUFFIXED = /^(\d[\d,]*(?:\.\d+)?)([a-z]{1,2})$/;
const MONEY_AFTER = new Set(['dollars', 'dollar', 'euros', 'euro', 'usd', 'eur', 'pounds', 'rubles', 'roubles', 'yuan', 'percent', '%', 'per']);
/** Words allowed between an amount and the weapon ("hundreds of “combat” drones"). */
const BETWEEN_POS = new Set(['ADJ', 'ADV', 'DET', 'NOUN', 'PROPN', 'PART']);
const LOOKBACK = 10;

/** Longest phrase of `map` at token i (words joined by one space). */
function phraseAt<T>(map: Map<string, T>, tokens: readonly Token[], i: number, maxWords: number, end: number): { value: T; end: number } | null {
  let words = '';
  let best: { value: T; end: number } | null = null;
  for (let j = i; j < Math.min(end, i + maxWords); j++) {
    words = words ? `${words} ${tokens[j]!.norm}` : tokens[j]!.norm;
    const v = map.get(words);
    if (v !== undefined) best = { value: v, end: j + 1 };
  }
  return best;
}

/** A number in digits or words, with scale words after it ("6 million", "two dozen", "a hundred"). */
function numberAt(q: QuantityDict, tokens: readonly Token[], text: string, i: number, end: number): { n: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let n: number;
  let j = i + 1;
  const suffixed = SUFFIXED.exec(t.norm);
  if (DIGITS.test(t.norm)) n = Number(t.norm.replace(/,/g, ''));
  else if (suffixed) n = Number(suffixed[1]!.replace(/,/g, '')) * (q.suffixes.get(suffixed[2]!) ?? 1);
  else if ((t.norm === 'a' || t.norm === 'an') && q.scales.has(tokens[j]?.norm ?? '')) n = 1;
  else {
    const w = wordsNumber(q, t.norm);
    if (w === null) return null;
    n = w;
  }
  // "5m" may come as two tokens with nothing between them.
  const glued = tokens[j];
  if (j < end && glued && glued.start === t.end && /^[\d.,]+$/.test(t.norm) && q.suffixes.has(glued.norm) && text[glued.end] !== '-') {
    return { n: n * q.suffixes.get(glued.norm)!, end: j + 1 };
  }
  let total = 0;
  for (; j < end; j++) {
    const norm = tokens[j]!.norm;
    const s = q.scales.get(norm);
    const w = wordsNumber(q, norm);
    if (s !== undefined) {
      // "two hundred thousand": hundreds multiply the running part, thousands close it.
      if (s >= 1000) { total += n * s; n = 0; } else n *= s;
    } else if (w !== null && n % 10 === 0 && w < 10 && n > 0) n += w;
    else break;
  }
  return { n: total + n, end: j };
}

/** "twenty", "twenty-five", "five" → value; else null. */
function wordsNumber(q: QuantityDict, norm: string): number | null {
  const parts = norm.split('-');
  let sum = 0;
  for (const p of parts) {
    const v = q.numbers.get(p);
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

function range(n: number, kind: ModifierKind | 'exact', spread: number): [number | null, number | null] {
  switch (kind) {
    case 'approx': return [Math.round(n * (1 - spread)), Math.round(n * (1 + spread))];
    case 'min': return [n, null];
    case 'max': return [null, n];
    case 'nearly': return [Math.round(n * 0.9), n];
    default: return [n, n];
  }
}

/** Parses modifiers then an amount starting at token i; null when it is not one. */
function parseAt(q: QuantityDict, tokens: readonly Token[], text: string, i: number, end: number): Parsed | null {
  let j = i;
  let mod: ModifierKind | null = null;
  for (let m = phraseAt(q.modifiers, tokens, j, q.maxWords, end); m; m = phraseAt(q.modifiers, tokens, j, q.maxWords, end)) {
    mod = m.value; // the modifier nearest the number decides
    j = m.end;
  }
  const v = phraseAt(q.vague, tokens, j, q.maxWords, end);
  if (v) {
    const { min, max } = v.value;
    const r: [number | null, number | null] = mod === 'min' ? [min, null] : mod === 'max' ? [null, max] : [min, max];
    return { end: v.end, min: r[0], max: r[1], kind: 'vague' };
  }
  const num = numberAt(q, tokens, text, j, end);
  if (!num) return null;
  const before = text.slice(Math.max(0, tokens[j]!.start - 1), tokens[j]!.start);
  if (before === '$' || before === '€' || before === '£' || MONEY_AFTER.has(tokens[num.end]?.norm ?? '')) return null;
  // "a 1985 arms sale": a bare four-digit year is a date, not a count.
  if (!mod && num.end === j + 1 && /^(19|20)\d\d$/.test(tokens[j]!.norm)) return null;
  const [min, max] = range(num.n, mod ?? 'exact', q.spread);
  return { end: num.end, min, max, kind: mod ?? 'exact' };
}

/** True when only modifiers of the weapon (adjectives, "of", quotes, count words) lie between. */
function linksTo(d: WeaponDict, tokens: readonly Token[], text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const m = matchAt(d, tokens, text, k, to);
    if (m?.phrase.kind === 'container') return false;
    if (m?.phrase.kind === 'unit') { k = m.end - 1; continue; }
    if (t.norm === 'of' || t.norm === '-' || /^[“”"'‘’«»]$/.test(t.norm)) continue;
    if (t.pos === 'NUM' || !BETWEEN_POS.has(t.pos)) return false;
  }
  return true;
}

/**
 * The amount written before the weapon phrase starting at token `start`,
 * looking back no further than `lo`. The leftmost reading that links to the
 * weapon wins, so modifiers are kept ("as many as more than 6 million").
 */
export function findQuantity(d: WeaponDict, tokens: readonly Token[], text: string, start: number, lo: number): Quantity | null {
  for (let i = Math.max(lo, start - LOOKBACK); i < start; i++) {
    const p = parseAt(d.quantities, tokens, text, i, start);
    if (!p || p.end > start || !linksTo(d, tokens, text, p.end, start)) continue;
    // "a significant number of": the amount is written without its "of".
    const last = tokens[p.end - 1]!.norm === 'of' && p.end - 2 >= i ? p.end - 2 : p.end - 1;
    const span = { start: tokens[i]!.start, end: tokens[last]!.end };
    return { text: text.slice(span.start, span.end), min: p.min, max: p.max, span, kind: p.kind };
  }
  return null;
}

/** Pronouns that refer back to the weapon in "a few of them". */
const BACK = new Set(['them', 'these', 'those', 'which']);

/**
 * An amount after the weapon that counts it through a pronoun ("drones, but
 * only a few of them"), within `reach` tokens and before `hi`.
 */
export function findTrailingQuantity(d: WeaponDict, tokens: readonly Token[], text: string, from: number, hi: number): Quantity | null {
  for (let i = from; i < Math.min(hi, from + 8); i++) {
    const p = parseAt(d.quantities, tokens, text, i, hi);
    if (!p || tokens[p.end]?.norm !== 'of' || !BACK.has(tokens[p.end + 1]?.norm ?? '')) continue;
    const span = { start: tokens[i]!.start, end: tokens[p.end - 1]!.end };
    return { text: text.slice(span.start, span.end), min: p.min, max: p.max, span, kind: p.kind };
  }
  return null;
}
