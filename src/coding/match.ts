/**
 * Trigger matching: a token whose lemma indexes patterns, checked against
 * each pattern's part of speech, preceding word, particle and object-word
 * constraints within its clause.
 */
import { inClass } from './chunk.js';
import { rightArgs } from './clause.js';
import type { SentView } from './chunk.js';
import type { Token } from '../core/nlp.js';
import type { CodingDict, VerbPattern } from './types.js';

const VERBISH = new Set(['VERB', 'AUX']);
const NOUNISH = new Set(['NOUN', 'PROPN']);

/** True when the token's part of speech suits the pattern. */
export function posOk(sv: SentView, t: number, p: VerbPattern): boolean {
  const pos = sv.pos[t]!;
  switch (p.pos) {
    case 'verb': return VERBISH.has(pos);
    case 'noun': return NOUNISH.has(pos);
    case 'adj': return pos === 'ADJ' || pos === 'VERB';
    default: return true;
  }
}

/** True when local token i is the word w (a lemma/form) or in class @w, alone or as the head of a hyphenated compound. */
export function isWord(sv: SentView, i: number, w: string): boolean {
  const compound = hyphenCompound(sv, i);
  if (w.startsWith('@')) return inClass(sv, i, w.slice(1)) || (compound !== null && (sv.lex.classes.get(w.slice(1))?.has(compound) ?? false));
  return sv.lemma[i] === w || sv.norm[i] === w || compound === w;
}

/**
 * "dual-use", "air-defence": the tokenizer splits a hyphenated word into
 * three tokens, so a lexicon word written with its hyphen would never match
 * one token. The compound starting at token i, when i, "-" and the next word
 * touch in the text; else null.
 */
export function hyphenCompound(sv: SentView, i: number): string | null {
  if (i + 2 >= sv.n || sv.norm[i + 1] !== '-') return null;
  const toks = sv.doc.tokens;
  const [a, h, b] = [toks[sv.base + i]!, toks[sv.base + i + 1]!, toks[sv.base + i + 2]!];
  if (a.end !== h.start || h.end !== b.start) return null;
  return `${sv.norm[i]}-${sv.norm[i + 2]}`;
}

function anyIn(sv: SentView, from: number, to: number, words: string[], skip: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(sv.n, to); i++) {
    if (i === skip) continue;
    for (const w of words) if (isWord(sv, i, w)) return true;
  }
  return false;
}

/**
 * The window a pattern's `needs` look in: right of a verb to the end of its
 * arguments (at least a few words: "asking Tehran to mediate"), plus a
 * passive's subject ("The S-300 was provided to Iran"); a noun's whole
 * group; with `both`, from the start of the clause.
 */
export function window(sv: SentView, t: number, argEnd: number, p: VerbPattern): [number, number] {
  const ci = sv.chunkOf[t]!;
  const c = sv.chunks[ci]!;
  let from = c.kind === 'NP' ? c.start : t + 1;
  // A passive's theme is its subject ("The S-300 was provided to Iran", "a treaty ..., signed by").
  if (c.kind === 'VP' && c.passive) from = Math.max(0, t - 12);
  // A relative clause's object is its antecedent ("drones that Tehran ... exported to Russia").
  // So does a relative's subject ("drone makers that supply Russia") and a reduced relative's ("drone makers supplying Russia").
  const rel = relativeAntecedent(sv, ci);
  if (rel >= 0) from = Math.min(from, sv.chunks[rel]!.start);
  if (c.kind === 'VP' && c.form === 'ger' && ci > 0 && sv.chunks[ci - 1]!.kind === 'NP') from = Math.min(from, sv.chunks[ci - 1]!.start);
  if (p.window === 'both') from = Math.max(0, t - 10);
  const to = p.window === 'inf' ? infEnd(sv, argEnd) : argEnd;
  return [from, Math.max(to, Math.min(sv.n, t + 6))];
}

/** End of an infinitive complement starting at token i ("to send more air defence systems"), else i. */
function infEnd(sv: SentView, i: number): number {
  if (i >= sv.n) return i;
  const k = sv.chunkOf[i]!;
  if (sv.chunks[k]!.kind !== 'TO' || sv.chunks[k + 1]?.kind !== 'VP') return i;
  const r = rightArgs(sv, k + 1);
  return r.end < sv.chunks.length ? sv.chunks[r.end]!.start : sv.n;
}

/** Noun group right before the "that"/"which" opening the clause of chunk ci, or -1. */
function relativeAntecedent(sv: SentView, ci: number): number {
  for (let k = ci - 1; k > 0; k--) {
    const kind = sv.chunks[k]!.kind;
    if (kind === 'SC' || kind === 'REL') return sv.chunks[k - 1]!.kind === 'NP' ? k - 1 : -1;
    if (kind === 'PUNCT' && sv.norm[sv.chunks[k]!.start] !== ',') return -1;
  }
  return -1;
}

/** Patterns matching local token t, best first (a later one of a code is tried when an earlier one finds no actors); argEnd is the first token after its arguments. */
export function matchAt(sv: SentView, dict: CodingDict, t: number, argEnd: number): VerbPattern[] {
  const cands = candidatesAt(sv, dict, t);
  if (!cands) return [];
  const out: VerbPattern[] = [];
  const labels = characterizes(sv, t);
  for (const p of cands) {
    // ", calling it groundless": a verdict on a claim, never a phone call or an appeal; after a denial it only restates it.
    if (labels && (!p.denies || denialBefore(sv, t))) continue;
    const [from, to] = window(sv, t, argEnd, p);
    if (!posOk(sv, t, p)) continue;
    if (p.after && !anyIn(sv, t - 3, t, p.after, t)) continue;
    if (p.particle && !(t + 1 < sv.n && p.particle.some((w) => isWord(sv, t + 1, w)))) continue;
    if (p.needs && !anyIn(sv, from, to, p.needs, t) && !pronounTheme(sv, from, to, p.needs)) continue;
    if (p.also && !anyIn(sv, Math.max(0, from - 6), Math.min(sv.n, to + 12), p.also, t)) continue;
    if (p.unless && anyIn(sv, from, to, p.unless, t)) continue;
    out.push(p);
  }
  return out;
}

/** The patterns indexed by token t's lemma or form, or by the stem of a repaired gerund. */
export function candidatesAt(sv: SentView, dict: CodingDict, t: number): VerbPattern[] | undefined {
  return dict.byLemma.get(sv.lemma[t]!) ?? dict.byLemma.get(sv.norm[t]!) ?? gerundLemma(sv, dict, t);
}

/**
 * A gerund wink tagged as a noun and the repairs made a verb ("denied arming Russia") keeps its
 * -ing form as lemma: try the stems it can come from (arm, provide, ship).
 */
function gerundLemma(sv: SentView, dict: CodingDict, t: number): VerbPattern[] | undefined {
  const w = sv.norm[t]!;
  if (sv.pos[t] !== 'VERB' || !w.endsWith('ing') || w.length < 6) return undefined;
  const stem = w.slice(0, -3);
  const tries = [stem, `${stem}e`, /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : ''];
  for (const x of tries) if (x && dict.byLemma.has(x)) return dict.byLemma.get(x);
  return undefined;
}

const LABELLED = new Set(['it', 'them', 'this', 'that', 'these', 'those']);

/** "calling it groundless", "called the reports a smear": "call" with a claim as object and a label after it. */
function characterizes(sv: SentView, t: number): boolean {
  if (sv.lemma[t] !== 'call') return false;
  let i = t + 1;
  if (LABELLED.has(sv.norm[i] ?? '')) i++;
  else if (sv.pos[i] === 'DET' && (inClass(sv, i + 1, 'claim-noun') || ['reports', 'report', 'accusations', 'allegations'].includes(sv.norm[i + 1] ?? ''))) i += 2;
  else return false;
  const next = sv.pos[i];
  return next === 'ADJ' || next === 'DET' || (next === 'NOUN' && sv.norm[i] !== 'for');
}

/** A deny verb earlier in the sentence ("rejected ..., calling it groundless"). */
function denialBefore(sv: SentView, t: number): boolean {
  for (let i = 0; i < t; i++) if (inClass(sv, i, 'deny-verb')) return true;
  return false;
}

/** True when tokens [from, to) hold any token indexing a pattern (the cheap pre-filter). */
export function hasCandidate(dict: CodingDict, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (dict.byLemma.has(t.lemma) || dict.byLemma.has(t.norm)) return true;
  }
  return false;
}

/** Pronouns that stand for a theme named before ("denied delivering them to Russia"). */
const THEME_PRON = new Set(['them', 'it']);
/** How many nouns back (of the pronoun's number) an antecedent is looked for, into the previous sentence. */
const ANTECEDENT_NOUNS = 3;

/**
 * "Iran has denied delivering them to Russia", "will supply another 16 of
 * them": a pronoun in the window whose antecedent, one of the nearest nouns
 * of its number before it (this sentence or the one before), satisfies the
 * pattern's needs.
 */
function pronounTheme(sv: SentView, from: number, to: number, needs: string[]): boolean {
  let pron = -1;
  for (let i = from; i < to && pron < 0; i++) if (sv.pos[i] === 'PRON' && THEME_PRON.has(sv.norm[i]!)) pron = i;
  if (pron < 0) return false;
  const plural = sv.norm[pron] === 'them';
  const toks = sv.doc.tokens;
  const s = toks[sv.base]!.sentence;
  let seen = 0;
  for (let d = sv.base + pron - 1; d >= 0 && toks[d]!.sentence >= s - 1 && seen < ANTECEDENT_NOUNS; d--) {
    const k = toks[d]!;
    if (k.pos !== 'NOUN' || (k.norm !== k.lemma) !== plural) continue;
    seen++;
    if (needs.some((w) => (w.startsWith('@') ? sv.lex.classes.get(w.slice(1))?.has(k.lemma) || sv.lex.classes.get(w.slice(1))?.has(k.norm) : w === k.lemma || w === k.norm))) return true;
  }
  return false;
}
