/**
 * Features of an actor pair for the learned PLOVER classifier: the rules'
 * own answer and its ground, the words and verbs between and around the two
 * spans, the dictionary's reading of trigger words near them, word classes
 * of the lexicon, span order, distance and negation. Proper names are
 * replaced by their tag so that the model learns constructions, not names.
 */
import type { Doc } from '../../core/doc.js';
import type { Token } from '../../core/nlp.js';
import type { Span } from '../../core/span.js';
import type { CodingDict } from '../types.js';
import type { RuleAnswer } from '../pair.js';

const inside = (t: Span, s: Span): boolean => t.start < s.end && s.start < t.end;

/** A word as a feature value: names and numbers by their tag, everything else by lemma. */
function word(t: Token): string {
  if (t.pos === 'PROPN') return '<PROPN>';
  if (t.pos === 'NUM') return '<NUM>';
  return t.lemma || t.norm;
}

/** Buckets of the token distance between the spans. */
function distanceBucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 7) return '5-7';
  if (n <= 12) return '8-12';
  return '13+';
}

/** PLOVER reading of a token by the dictionary: the type of its first pattern's code. */
function dictType(t: Token, d: CodingDict): string | null {
  const p = (d.byLemma.get(t.lemma) ?? d.byLemma.get(t.norm))?.[0];
  return p ? (d.cameo.get(p.code)?.plover ?? null) : null;
}

/** Lexicon classes that hold the token (lemma or form). */
function classesOf(t: Token, d: CodingDict): string[] {
  const out: string[] = [];
  for (const [name, words] of d.lexicon.classes) if (words.has(t.lemma) || words.has(t.norm)) out.push(name);
  return out;
}

/** The last content token of a span: its head, roughly (English noun groups are head-final). */
function head(tokens: readonly Token[]): Token | undefined {
  return [...tokens].reverse().find((t) => t.pos !== 'PUNCT' && t.pos !== 'ADP' && t.pos !== 'PART') ?? tokens[tokens.length - 1];
}

/** Where the sentence's tokens sit relative to the two spans. */
interface Regions {
  first: Token[];
  second: Token[];
  between: Token[];
  before: Token[];
  after: Token[];
}

function regions(tokens: readonly Token[], a: Span, b: Span): Regions {
  const [p, q] = a.start <= b.start ? [a, b] : [b, a];
  const r: Regions = { first: [], second: [], between: [], before: [], after: [] };
  for (const t of tokens) {
    if (inside(t, p)) r.first.push(t);
    else if (inside(t, q)) r.second.push(t);
    else if (t.end <= p.start) r.before.push(t);
    else if (t.start >= q.end) r.after.push(t);
    else if (t.start >= p.end && t.end <= q.start) r.between.push(t);
  }
  return r;
}

/** Features of the rules' answer: the answer, its ground and the trigger word. */
function ruleFeatures(rule: RuleAnswer, doc: Doc): string[] {
  const out = [`rule=${rule.plover ?? 'none'}`, `via=${rule.via}`, `rule+via=${rule.plover ?? 'none'}|${rule.via}`];
  if (rule.code) out.push(`code=${rule.code.slice(0, 2)}`, `code4=${rule.code}`);
  const t = rule.trigger !== null ? doc.tokens[rule.trigger] : undefined;
  if (t) out.push(`trig=${t.lemma}`, `trig+rule=${t.lemma}|${rule.plover ?? 'none'}`);
  return out;
}

/** Features of the words between the spans. */
function betweenFeatures(between: readonly Token[], d: CodingDict): string[] {
  const out = [`dist=${distanceBucket(between.length)}`];
  const verbs = between.filter((t) => t.pos === 'VERB');
  for (const t of between) {
    out.push(`b=${word(t)}`);
    for (const c of classesOf(t, d)) out.push(`bc=${c}`);
    const ty = dictType(t, d);
    if (ty) out.push(`bd=${ty}`);
    if (t.negated) out.push('neg');
  }
  if (between[0]) out.push(`b1=${word(between[0])}`);
  const last = between[between.length - 1];
  if (last) out.push(`bl=${word(last)}`);
  if (verbs[0]) out.push(`fv=${verbs[0].lemma}`);
  const lv = verbs[verbs.length - 1];
  if (lv) out.push(`lv=${lv.lemma}`, `lvneg=${lv.lemma}|${lv.negated}`);
  // The verb and the preposition that governs the second span: "call on", "agree with", "fire at".
  if (lv && last) out.push(`lvbl=${lv.lemma}|${word(last)}`);
  if (!verbs.length) out.push('noverb');
  for (let i = 0; i + 1 < between.length; i++) out.push(`bb=${word(between[i]!)}_${word(between[i + 1]!)}`);
  return out;
}

/** Features of the words outside the spans: a small window and the nearest verb on each side. */
function outsideFeatures(r: Regions, d: CodingDict): string[] {
  const out: string[] = [];
  const pre = r.before.slice(-2);
  const post = r.after.slice(0, 3);
  pre.forEach((t, i) => out.push(`pre${pre.length - i}=${word(t)}`));
  post.forEach((t, i) => out.push(`post${i + 1}=${word(t)}`));
  const va = r.after.find((t) => t.pos === 'VERB');
  if (va) out.push(`av=${va.lemma}`);
  const vb = [...r.before].reverse().find((t) => t.pos === 'VERB');
  if (vb) out.push(`pv=${vb.lemma}`);
  for (const t of [...r.before, ...r.after]) {
    const ty = dictType(t, d);
    if (ty) out.push(`od=${ty}`);
  }
  return out;
}

/** Features of the spans themselves: heads, and whether they name an actor the gazetteer knows. */
function spanFeatures(doc: Doc, tokens: readonly Token[], s: Span, role: 'S' | 'T'): string[] {
  const own = tokens.filter((t) => inside(t, s));
  const h = head(own);
  const out = h ? [`${role}h=${word(h)}`, `${role}hpos=${h.pos}`] : [];
  for (const t of own) {
    const ty = t === h ? null : t.pos === 'NOUN' || t.pos === 'VERB' ? t.lemma : null;
    if (ty) out.push(`${role}w=${ty}`);
  }
  const m = doc.mentions.find((x) => inside(x, s));
  out.push(`${role}m=${m ? m.kind : 'none'}`);
  return out;
}

/**
 * Every feature of the pair source → target in `doc`, given the rules'
 * answer for it. Tokens of other sentences than the source's are ignored.
 */
export function pairFeatures(doc: Doc, source: Span, target: Span, d: CodingDict, rule: RuleAnswer): string[] {
  const sentence = doc.tokens.find((t) => inside(t, source))?.sentence;
  const tokens = sentence === undefined ? doc.tokens : doc.tokens.filter((t) => t.sentence === sentence);
  const r = regions(tokens, source, target);
  const order = source.start <= target.start ? 'ST' : 'TS';
  const between = betweenFeatures(r.between, d);
  return [
    'bias',
    `order=${order}`,
    `rule+order=${rule.plover ?? 'none'}|${order}`,
    ...ruleFeatures(rule, doc),
    ...between,
    ...between.filter((f) => f.startsWith('lv=') || f.startsWith('fv=')).map((f) => `${f}|${order}`),
    ...outsideFeatures(r, d),
    ...spanFeatures(doc, tokens, source, 'S'),
    ...spanFeatures(doc, tokens, target, 'T'),
  ];
}
