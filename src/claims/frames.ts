import type { Sentence, Token } from '../core/nlp.js';
import type { Span } from '../core/span.js';
import type { Frame, RuleId, Speaker } from './types.js';
import type { SpeakerCtx } from './speakers.js';
import { subjectIn } from './speakers.js';
import { CLAUSE_BREAKS, CLOSE_QUOTES, OPEN_QUOTES, PERFORMATIVE_VERBS, SAY_VERBS } from './lexicon.js';
import { frame, tokSpan } from './frame.js';
import { CLAIM_NOUNS, nounFrame } from './claimnoun.js';
import { isSanctionVerb, reasonFrame } from './reasonframe.js';

/*
 * Reporting frames of one sentence: "X said (that) ...", "..., X said",
 * "according to X", "citing X", "X told Reuters", "RIA quoted X as saying".
 * Each frame has the span its content lies in (scope) and its speakers.
 */

const COMMA_LIKE = new Set([',', '—', '–', '-', '--']);

/** Finds the frames of sentence `s`, in text order. */
export function sentenceFrames(ctx: SpeakerCtx, s: Sentence): Frame[] {
  const toks = ctx.doc.tokens;
  const frames: Frame[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = toks[t]!;
    if (tok.norm === 'according' && toks[t + 1]?.norm === 'to') {
      frames.push(regionFrame(ctx, s, t + 2, 'according', 'claims:according-to'));
    } else if (tok.norm === 'citing') {
      frames.push(regionFrame(ctx, s, t + 1, 'cite', 'claims:citing'));
    } else if (CLAIM_NOUNS.has(tok.norm) && tok.pos === 'NOUN') {
      const f = nounFrame(ctx, s, t);
      if (f) frames.push(f);
    } else if (isSanctionVerb(toks, t, s)) {
      const f = reasonFrame(toks, s, t, preSubject(ctx, s, t, frames));
      if (f) frames.push(f);
    } else if (isReportingVerb(toks, t, s) || nounTaggedVerb(ctx, t)) {
      const f = sayFrame(ctx, s, t, frames);
      if (f) frames.push(f);
    }
  }
  // Unresolved "say" frames stay: attribution may take their speaker from the speech act coded on the verb.
  return frames.filter((f) => f.kind === 'say' || f.speakers.length || f.outlets.length);
}

function isReportingVerb(toks: Token[], t: number, s: Sentence): boolean {
  const tok = toks[t]!;
  if (tok.pos !== 'VERB' || !SAY_VERBS.has(tok.lemma)) return false;
  // "citing X" is a region frame; "cited X as saying" is like "quoted X as saying".
  if (tok.lemma === 'cite' && !asSayingAfter(toks, t, s)) return false;
  let p = t - 1;
  while (p >= s.tokenStart && toks[p]!.pos === 'ADV') p--;
  const prev = toks[p];
  // "is believed to", "were reported": passives hedge, they do not name a speaker.
  // ("X was quoted as saying" names X, though.)
  const quotedAs = tok.lemma === 'quote' && toks[t + 1]?.norm === 'as';
  if (prev && (prev.lemma === 'be' || prev.lemma === 'get') && !tok.norm.endsWith('ing') && !quotedAs) return false;
  // "to express regret": the infinitive's subject is another verb's.
  if (prev?.norm === 'to') return false;
  // "a claim denied by both countries": a passive with its agent after it.
  if (toks[t + 1]?.norm === 'by') return false;
  // "two diplomats briefed on the intelligence": a participle modifying a noun, not a report ("X briefed reporters" is).
  if (tok.lemma === 'brief' && toks[t + 1]?.pos === 'ADP') return false;
  // "responding to Trump's decision": a reaction, not a report.
  if (['respond', 'reply', 'answer', 'react'].includes(tok.lemma) && toks[t + 1]?.norm === 'to') return false;
  return true;
}

/** "Kyodo reports that ...": wink tags a present-tense "reports"/"says" after a name as a noun. */
function nounTaggedVerb(ctx: SpeakerCtx, t: number): boolean {
  const toks = ctx.doc.tokens;
  const tok = toks[t]!;
  return tok.pos === 'NOUN' && /s$/.test(tok.norm) && SAY_VERBS.has(tok.lemma) && t > 0 && ctx.tokMention[t - 1]! >= 0
    && toks[t + 1]?.norm === 'that';
}

/** "according to X" / "citing X": the phrase up to the next comma or clause break names the source. */
function regionFrame(ctx: SpeakerCtx, s: Sentence, from: number, kind: 'according' | 'cite', rule: RuleId): Frame {
  const toks = ctx.doc.tokens;
  let to = from;
  while (to < s.tokenEnd && !COMMA_LIKE.has(toks[to]!.norm) && toks[to]!.norm !== '.' && toks[to]!.norm !== 'that') to++;
  const who = subjectIn(ctx, from, to, 'first');
  return frame(kind, who, { start: s.start, end: s.end }, null, null, s.index, rule, tokSpan(toks, from, to));
}

/** A reporting verb: works out pre- or post-posed, the subject, the scope, any outlet object. */
function sayFrame(ctx: SpeakerCtx, s: Sentence, t: number, earlier: Frame[]): Frame | null {
  const toks = ctx.doc.tokens;
  const tok = toks[t]!;
  const verb = { start: tok.start, end: tok.end };
  // "pledged $3bn", "announced the allocation", "vowed to send": the act itself, not a report of content;
  // after its content (", Starmer announced on Sunday") it reports that content.
  const post = postPosed(ctx, s, t);
  if (PERFORMATIVE_VERBS.has(tok.lemma) && !post && !clauseFollows(toks, t, s)) return null;
  let who: Speaker[];
  let scope: Frame['scope'];
  let rule: RuleId;
  let subject: Span | null;
  if (post) {
    who = subjectIn(ctx, post.subjectFrom, post.subjectTo, post.mode);
    scope = { start: s.start, end: toks[post.breakAt]!.start };
    rule = 'claims:say-post';
    subject = tokSpan(toks, post.subjectFrom, post.subjectTo);
  } else {
    who = preSubject(ctx, s, t, earlier);
    scope = { start: tok.end, end: timeClauseAt(toks, s, t) ?? s.end };
    rule = 'claims:say-pre';
    subject = tokSpan(toks, s.tokenStart, t);
  }
  const f = frame('say', who, scope, verb, tok.lemma, s.index, rule, subject);
  if (post && tok.lemma !== 'tell' && tok.lemma !== 'quote') f.outlets.push(...adjunctOutlets(ctx, t, s));
  if (tok.lemma === 'tell') addToldOutlet(ctx, f, t, s);
  if (tok.lemma === 'quote' || tok.lemma === 'cite') quotedAs(ctx, f, t, s);
  if (!post) f.outlets.push(...introOutlets(ctx, s, t));
  return f;
}

/** Speech acts whose content is an object or of-phrase, not a clause: "accused France of stoking conflict". */
const ACT_VERBS: ReadonlySet<string> = new Set(['accuse', 'warn', 'condemn', 'criticize', 'criticise', 'urge']);
/** Openers of a time clause. */
const TIME_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'since', 'following']);

/**
 * "Russia accused France of stoking conflict after the country signed a deal to sell guns to Armenia": the time
 * clause after an accusation's or warning's content says when and why in the outlet's voice, so the speaker's
 * frame ends at it (the gold files give its events no claimant). With "that" the clause is reported content
 * ("warned that Moscow would strike after ..."), and the frame runs on. Returns the token start where the frame
 * ends, or null.
 */
function timeClauseAt(toks: Token[], s: Sentence, t: number): number | null {
  if (!ACT_VERBS.has(toks[t]!.lemma)) return null;
  for (let k = t + 1; k < s.tokenEnd; k++) {
    const w = toks[k]!.norm;
    // A quote's content is the speaker's however it goes on.
    if (w === 'that' || w === '"' || (w.length === 1 && (CLOSE_QUOTES.includes(w) || OPEN_QUOTES.includes(w)))) return null;
    if (!TIME_OPENERS.has(w)) continue;
    // A clause follows: a verb before the next comma.
    for (let j = k + 1; j < s.tokenEnd && j <= k + 10 && toks[j]!.norm !== ','; j++) {
      if (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') return toks[k]!.start;
    }
  }
  return null;
}

/** The subject of a verb that precedes its content. */
function preSubject(ctx: SpeakerCtx, s: Sentence, t: number, earlier: Frame[]): Speaker[] {
  const toks = ctx.doc.tokens;
  // "..., stating that": a participle shares the subject of the clause it hangs on.
  const last = earlier[earlier.length - 1];
  if (toks[t]!.norm.endsWith('ing') && toks[t - 1]?.norm === ',' && last && last.kind === 'say') {
    return [...last.speakers, ...last.outlets];
  }
  let j = t - 1;
  while (j > s.tokenStart && ['ADV', 'AUX', 'PART'].includes(toks[j]!.pos)) j--;
  // "X claimed that ... and stated that": a coordinated verb shares the earlier subject.
  if (toks[j]?.norm === 'and' && last && last.kind === 'say') return [...last.speakers, ...last.outlets];
  if (toks[j]?.norm !== ',') {
    const rel = relativeBefore(toks, s, t);
    if (rel >= 0) return subjectIn(ctx, clauseStart(toks, s, rel), rel, 'nearest');
    return subjectIn(ctx, clauseStart(toks, s, t), t, 'nearest');
  }
  // "Moscow, reacting to ..., has stated": the subject is before the parenthesis.
  let c0 = j - 1;
  while (c0 > s.tokenStart && toks[c0]!.norm !== ',') c0--;
  if (c0 > s.tokenStart) {
    const before = subjectIn(ctx, clauseStart(toks, s, c0), c0, 'nearest');
    return before.length ? before : subjectIn(ctx, c0 + 1, j, 'first');
  }
  return subjectIn(ctx, clauseStart(toks, s, j), j, 'first');
}

/** Index after the last clause break before `t` in the sentence. */
function clauseStart(toks: Token[], s: Sentence, t: number): number {
  for (let i = t - 1; i >= s.tokenStart; i--) if (CLAUSE_BREAKS.has(toks[i]!.norm)) return i + 1;
  return s.tokenStart;
}

/**
 * "The force that has led the war in Syria has condemned ...": the verb's
 * subject is the noun before the relative clause, not the clause's last actor.
 * Returns the relative pronoun's index, or -1.
 */
function relativeBefore(toks: Token[], s: Sentence, t: number): number {
  const c = clauseStart(toks, s, t) - 1;
  if (c < s.tokenStart || !['that', 'which', 'who'].includes(toks[c]!.norm) || toks[c - 1]?.pos !== 'NOUN') return -1;
  // "claims that ...", "reports that ...": a complement clause, not a relative one.
  if (CLAIM_NOUNS.has(toks[c - 1]!.norm) || /^(reports?|fears?|concerns?|evidence|news|statement)$/.test(toks[c - 1]!.norm)) return -1;
  for (let i = c + 1; i < t; i++) if (toks[i]!.pos === 'VERB') return c;
  return -1;
}

/**
 * ", X said." / "”, X said." / "” X, minister of Y, said.": the verb follows
 * its content. Requires content before the break and no clause after the verb.
 */
interface PostPosed {
  breakAt: number;
  subjectFrom: number;
  subjectTo: number;
  mode: 'nearest' | 'first';
}

function postPosed(ctx: SpeakerCtx, s: Sentence, t: number): PostPosed | null {
  const toks = ctx.doc.tokens;
  if (!restIsAdjunct(toks, t, s)) return null;
  // "said China exports ...": an actor right after the verb opens its complement (an outlet is "told Reuters").
  const nextMention = t + 1 < s.tokenEnd ? ctx.tokMention[t + 1]! : -1;
  if (nextMention >= 0 && ctx.doc.mentions[nextMention]!.kind !== 'outlet') return null;
  let b = t - 1;
  while (b > s.tokenStart && !COMMA_LIKE.has(toks[b]!.norm) && !CLOSE_QUOTES.includes(toks[b]!.norm) && !CLAUSE_BREAKS.has(toks[b]!.norm)) b--;
  if (b <= s.tokenStart + 1 || CLAUSE_BREAKS.has(toks[b]!.norm) && !CLOSE_QUOTES.includes(toks[b]!.norm) && toks[b]!.norm !== '"') return null;
  // ", and X said ...": a coordinated clause, not a speaker tag.
  if (['and', 'but', 'while'].includes(toks[b + 1]?.norm ?? '')) return null;
  if (hasNominal(ctx, b + 1, t)) return { breakAt: b, subjectFrom: b + 1, subjectTo: t, mode: 'nearest' };
  if (b === t - 1) {
    // Inverted: "..., said the minister." / "“...,” said Ryder."
    let e = t + 1;
    while (e < s.tokenEnd && !COMMA_LIKE.has(toks[e]!.norm) && toks[e]!.norm !== '.') e++;
    return hasNominal(ctx, t + 1, e) ? { breakAt: b, subjectFrom: t + 1, subjectTo: e, mode: 'first' } : null;
  }
  // Appositive subject after a closing quote: "” Tobias B., minister of Sweden, said."
  for (let q = b - 1; q > s.tokenStart; q--) {
    const n = toks[q]!.norm;
    if (CLOSE_QUOTES.includes(n) || n === '"') return { breakAt: q, subjectFrom: q + 1, subjectTo: t, mode: 'first' };
    if (toks[q]!.pos === 'VERB' && toks[q - 1]?.norm !== 'which' && toks[q - 1]?.norm !== 'who' && toks[q - 2]?.norm !== 'which') return null;
  }
  return null;
}

/** After the verb up to the next comma: only adjuncts ("on Monday", "in a statement"), no clause. */
function restIsAdjunct(toks: Token[], t: number, s: Sentence): boolean {
  let from = t + 1;
  // "..., RIA quoted the ministry as saying.": the object and "as saying" belong to the verb.
  if (toks[t]!.lemma === 'quote' || toks[t]!.lemma === 'cite') {
    while (from < s.tokenEnd && toks[from]!.norm !== 'as') from++;
    from += 2;
  }
  // "said in a report seen by Reuters": a prepositional adjunct may hold a participle, never a clause.
  const prepositional = toks[from]?.pos === 'ADP';
  for (let i = from; i < s.tokenEnd; i++) {
    const x = toks[i]!;
    if (x.norm === ',' || x.norm === '.') return true;
    if (x.norm === 'that' || x.norm === ':' || OPEN_QUOTES.includes(x.norm) || x.norm === '"') return false;
    if (prepositional && x.pos === 'VERB' && /(?:ed|en|ing)$/.test(x.norm)) continue;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PRON' || x.pos === 'SCONJ') return false;
  }
  return true;
}

/** Outlets named in a post-posed tag's adjunct ("said in a report seen by Reuters", "told CNN"). */
function adjunctOutlets(ctx: SpeakerCtx, t: number, s: Sentence): Speaker[] {
  const out: Speaker[] = [];
  for (let i = t + 1; i < s.tokenEnd; i++) {
    const n = ctx.doc.tokens[i]!.norm;
    if (n === ',' || n === '.') break;
    const mi = ctx.tokMention[i]!;
    if (mi >= 0 && ctx.doc.mentions[mi]!.kind === 'outlet' && !out.some((o) => o.mention === mi)) {
      out.push(...subjectIn(ctx, i, i + 1, 'first'));
    }
  }
  return out;
}

function hasNominal(ctx: SpeakerCtx, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const p = ctx.doc.tokens[i]!.pos;
    if (ctx.tokMention[i]! >= 0 || p === 'NOUN' || p === 'PROPN' || p === 'PRON') return true;
  }
  return false;
}

/** A "that"-clause, a colon or a quote follows the verb closely ("announced that ...", "pledged: “..."). */
function clauseFollows(toks: Token[], t: number, s: Sentence): boolean {
  for (let i = t + 1; i < Math.min(s.tokenEnd, t + 4); i++) {
    const n = toks[i]!.norm;
    if (n === 'that' || n === ':' || OPEN_QUOTES.includes(n) || n === '"') return true;
  }
  return false;
}

/** "X told Reuters": the outlet right after the verb reports X's words. */
function addToldOutlet(ctx: SpeakerCtx, f: Frame, t: number, s: Sentence): void {
  const mi = t + 1 < s.tokenEnd ? ctx.tokMention[t + 1]! : -1;
  if (mi < 0 || ctx.doc.mentions[mi]!.kind !== 'outlet') return;
  const [o] = subjectIn(ctx, t + 1, t + 2, 'first');
  if (o) {
    f.outlets.push(o);
    f.rule = 'claims:told-outlet';
  }
}

/** "RIA Novosti quoted the Defence Ministry as saying": the object is the speaker, the subject the outlet. */
function quotedAs(ctx: SpeakerCtx, f: Frame, t: number, s: Sentence): void {
  const toks = ctx.doc.tokens;
  let as = t + 1;
  while (as < s.tokenEnd && toks[as]!.norm !== 'as' && toks[as]!.norm !== ',') as++;
  const who = subjectIn(ctx, t + 1, as, 'first');
  if (!who.length) return;
  f.outlets.push(...f.speakers.filter((x) => x.kind === 'outlet'));
  f.speakers = who.filter((w) => w.kind !== 'outlet');
  f.rule = 'claims:quoted-as';
}

function asSayingAfter(toks: Token[], t: number, s: Sentence): boolean {
  for (let i = t + 1; i < Math.min(s.tokenEnd - 1, t + 10); i++) {
    if (toks[i]!.norm === 'as' && /^(saying|telling|stating)$/.test(toks[i + 1]!.norm)) return true;
  }
  return false;
}

/** "In an interview with CNN, X said", "Speaking to the BBC, X said": the outlet carries X's words. */
function introOutlets(ctx: SpeakerCtx, s: Sentence, t: number): Speaker[] {
  const out: Speaker[] = [];
  for (let i = s.tokenStart + 1; i < t; i++) {
    const mi = ctx.tokMention[i]!;
    const prev = ctx.doc.tokens[i - 1]!.norm;
    if (mi >= 0 && ctx.doc.mentions[mi]!.kind === 'outlet' && (prev === 'with' || prev === 'to' || prev === 'the')
      && !out.some((o) => o.mention === mi)) out.push(...subjectIn(ctx, i, i + 1, 'first'));
  }
  return out;
}
