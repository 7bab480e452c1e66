import type { Doc } from '../core/doc.js';
import type { Mention } from '../core/actor.js';
import type { Speaker } from './types.js';
import { ANON_NOUNS, UNOFFICIAL_NOUNS, BODY_NOUNS, PERSON_NOUNS, PRONOUNS } from './lexicon.js';

/**
 * What speaker resolution reads: the doc, a token → mention map, and the
 * speakers met so far (the coreference history, oldest first). One per run.
 */
export interface SpeakerCtx {
  doc: Doc;
  /** Mention index per token, -1 where none. */
  tokMention: Int32Array;
  history: Speaker[];
}

/** Builds the per-run context; mentions and tokens are both in text order. */
export function speakerCtx(doc: Doc): SpeakerCtx {
  const tokMention = new Int32Array(doc.tokens.length).fill(-1);
  doc.mentions.forEach((m, mi) => {
    for (let t = firstAtOrAfter(doc, m.start); t < doc.tokens.length; t++) {
      const tok = doc.tokens[t]!;
      if (tok.start >= m.end) break;
      // Outlets win over actors inside them ("TASS Russian state news" keeps TASS).
      if (tok.start >= m.start && tok.end <= m.end && (tokMention[t] === -1 || m.kind === 'outlet')) tokMention[t] = mi;
    }
  });
  return { doc, tokMention, history: [] };
}

/** Index of the first token starting at or after `off` (tokens are sorted). */
function firstAtOrAfter(doc: Doc, off: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A Speaker for one mention; a pronoun mention with no actors resolves by coreference. */
export function speakerOf(ctx: SpeakerCtx, mi: number): Speaker | null {
  const m = ctx.doc.mentions[mi]!;
  const a = m.actors[0];
  const text = ctx.doc.article.text.slice(m.start, m.end);
  if (m.kind === 'pronoun' && !a) return corefPronoun(ctx, text.toLowerCase(), m.start);
  if (m.kind === 'outlet') {
    return { kind: 'outlet', name: a?.name ?? text, state: a?.state || null, actor: a?.code || null, role: null,
      span: { start: m.start, end: m.end }, mention: mi, person: false, plural: false };
  }
  if (!a) return null;
  // Officials by their canonical name ("Pat Ryder"); bodies and groups as written ("European intelligence services").
  const name = m.kind === 'official' ? a.name : text.replace(/^the\s+/i, '');
  // "Canadian Foreign Minister" may come as a body when the person is unknown; its title head still makes it a person (for "she").
  const head = text.toLowerCase().split(/\s+/).pop() ?? '';
  return { kind: 'actor', name, state: a.state || null, actor: a.code || null, role: a.role,
    span: { start: m.start, end: m.end }, mention: mi, person: m.kind === 'official' || (m.kind === 'body' && PERSON_NOUNS.has(head)),
    plural: m.kind === 'group' };
}

/** The last speaker in the history that fits a pronoun, else the last mention before `before` that does. */
export function corefPronoun(ctx: SpeakerCtx, pronoun: string, before: number): Speaker | null {
  return marked(pronounAntecedent(ctx, pronoun, before));
}

/** Marks a speaker found by coreference (a copy: the history keeps the original). */
function marked(s: Speaker | null): Speaker | null {
  return s ? { ...s, coref: true } : null;
}

function pronounAntecedent(ctx: SpeakerCtx, pronoun: string, before: number): Speaker | null {
  const p = PRONOUNS.get(pronoun);
  if (!p) return null;
  if (pronoun === 'they') {
    const plural = lastPluralMention(ctx, before);
    if (plural) return plural;
  }
  const fits = (s: Speaker) => (p.person ? s.person || s.kind === 'anonymous' : p.plural ? !s.person : !s.person);
  const found = lastFitting(ctx, fits, before, p.person ? ['official'] : ['body', 'state', 'group', 'demonym'])
    ?? lastFitting(ctx, () => true, before, ['official', 'body', 'state', 'group']);
  if (!found || !p.person) return found;
  const best = latestMentionOf(ctx, found, before);
  return unknownPersonBetween(ctx, best.span?.end ?? 0, before) ? null : best;
}

/**
 * "Senator Lindsay Graham took to Twitter, and he said ...": a person the
 * gazetteer does not know is the subject of a verb between the antecedent
 * and the pronoun (this sentence or the one before). "He" is more likely
 * that person, so the pronoun stays unresolved rather than wrong.
 */
function unknownPersonBetween(ctx: SpeakerCtx, after: number, before: number): boolean {
  const toks = ctx.doc.tokens;
  // "Foreign Minister Ana Lopez": a name right after the titled antecedent is the antecedent's own name.
  for (let t = firstAtOrAfter(ctx.doc, after); toks[t]?.pos === 'PROPN' && ctx.tokMention[t] === -1 && toks[t]!.start - after <= 1; t++) {
    after = toks[t]!.end;
  }
  const at = toks.findIndex((t) => t.start >= before);
  const sent = toks[at]?.sentence ?? 0;
  for (let t = Math.max(0, at - 1); t >= 0 && toks[t]!.start >= after && toks[t]!.sentence >= sent - 1; t--) {
    const tok = toks[t]!;
    const name = tok.pos === 'PROPN' && ctx.tokMention[t] === -1 && /^\p{Lu}/u.test(ctx.doc.article.text[tok.start] ?? '');
    const title = PERSON_NOUNS.has(tok.norm) && ctx.tokMention[t] === -1;
    const next = toks[t + 1];
    if ((name || title) && next && (next.pos === 'VERB' || next.pos === 'AUX') && next.sentence === tok.sentence) return true;
  }
  return false;
}

/**
 * "Western officials have raised alarm ... They believe": the nearest plural
 * actor phrase (a group, or a mention heading a plural noun) within the
 * sentence and the two before it.
 */
function lastPluralMention(ctx: SpeakerCtx, before: number): Speaker | null {
  const { doc } = ctx;
  const at = firstAtOrAfter(doc, before);
  const sent = doc.tokens[at]?.sentence ?? doc.sentences.length;
  for (let mi = doc.mentions.length - 1; mi >= 0; mi--) {
    const m = doc.mentions[mi]!;
    if (m.end > before) continue;
    if (m.sentence < sent - 2) break;
    if (m.kind === 'outlet' || !m.actors.length) continue;
    const last = firstAtOrAfter(doc, m.end) - 1;
    const next = doc.tokens[last + 1];
    const head = next && next.pos === 'NOUN' && next.start - m.end <= 1 ? next : doc.tokens[last];
    if (m.kind === 'group' || (head && head.pos === 'NOUN' && /s$/.test(head.norm) && (PERSON_NOUNS.has(head.lemma) || BODY_NOUNS.has(head.norm) || ANON_NOUNS.has(head.norm)))) {
      return speakerOf(ctx, mi);
    }
  }
  return null;
}

/**
 * The speaker's latest mention before `before` ("Ryder spoke. According to
 * Pravda, Ryder was asked ... He responded": the antecedent is the later
 * "Ryder", which sits inside Pravda's report).
 */
function latestMentionOf(ctx: SpeakerCtx, s: Speaker, before: number): Speaker {
  const m0 = s.mention === null ? null : ctx.doc.mentions[s.mention];
  const id = m0?.actors[0]?.entryId;
  if (!id) return s;
  for (let mi = ctx.doc.mentions.length - 1; mi >= 0; mi--) {
    const m = ctx.doc.mentions[mi]!;
    if (m.end > before || m.start <= (s.span?.start ?? 0)) continue;
    if (m.kind === m0!.kind && m.actors[0]?.entryId === id) return speakerOf(ctx, mi) ?? s;
  }
  return s;
}

/** "the spokesperson", "the ministry": the last person or body speaker. */
export function corefNoun(ctx: SpeakerCtx, noun: string, before: number): Speaker | null {
  const person = PERSON_NOUNS.has(noun);
  if (!person && !BODY_NOUNS.has(noun)) return null;
  return marked(nounAntecedent(ctx, person, before));
}

function nounAntecedent(ctx: SpeakerCtx, person: boolean, before: number): Speaker | null {
  // "Minister X met his Iranian counterpart ..., the ministry said": with no speaker yet, the sentence's
  // titled subject is meant, not the last titled mention.
  // "Taiwan has received 38 tanks from the US, the Defense Ministry said": a state opening the sentence owns the
  // ministry that reports its own news (not the other state named in the content).
  if (!person && !speakerBefore(ctx, before)) {
    const subj = sentenceSubject(ctx, before, ['official', 'body', 'state', 'capital']);
    if (subj) return subj;
  }
  // "..., the ministry said" with no speaker yet: only a titled mention can be meant, never a bare state of the
  // reported content ("Belarus sent no troops to Russia, the ministry said" is not Russia's ministry).
  return lastFitting(ctx, (s) => s.kind !== 'outlet' && s.person === person, before, person ? ['official'] : ['body', 'group'])
    ?? lastFitting(ctx, (s) => s.kind !== 'outlet', before, ['official', 'body', 'group']);
}

/** Whether a speaker other than an outlet was met before offset `before`. */
function speakerBefore(ctx: SpeakerCtx, before: number): boolean {
  return ctx.history.some((h) => h.kind !== 'outlet' && (h.span?.start ?? 0) < before);
}

/**
 * The mention of one of `kinds` that opens the sentence holding offset `before`
 * (its first token, after any determiner), when that sentence starts with it.
 */
export function sentenceSubject(ctx: SpeakerCtx, before: number, kinds: Mention['kind'][]): Speaker | null {
  const { doc } = ctx;
  const at = firstAtOrAfter(doc, before);
  const tok = doc.tokens[Math.min(at, doc.tokens.length - 1)];
  const sent = tok ? doc.sentences[tok.sentence] : undefined;
  if (!sent) return null;
  let t = sent.tokenStart;
  while (t < sent.tokenEnd && (doc.tokens[t]!.pos === 'DET' || doc.tokens[t]!.pos === 'ADJ') && ctx.tokMention[t] === -1) t++;
  const mi = ctx.tokMention[t] ?? -1;
  if (mi < 0 || doc.mentions[mi]!.end > before) return null;
  const m = doc.mentions[mi]!;
  return kinds.includes(m.kind) && m.actors.length ? speakerOf(ctx, mi) : null;
}

function lastFitting(ctx: SpeakerCtx, fits: (s: Speaker) => boolean, before: number, kinds: Mention['kind'][]): Speaker | null {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const s = ctx.history[i]!;
    if (s.kind !== 'outlet' && fits(s) && (s.span?.start ?? 0) < before) return s;
  }
  // No speaker yet: the last actor of the right kind ("Ryder was asked ... He responded").
  for (let mi = ctx.doc.mentions.length - 1; mi >= 0; mi--) {
    const m = ctx.doc.mentions[mi]!;
    if (m.end <= before && kinds.includes(m.kind) && m.actors.length) return speakerOf(ctx, mi);
  }
  return null;
}

/**
 * The speakers named in tokens [from, to): the mention nearest `to` (mode
 * 'nearest') or the first one (mode 'first'), with mentions conjoined to it
 * ("Russia and North Korea"). A pronoun or a definite "the spokesperson"
 * resolves by coreference; a head like "sources" or "officials" makes the
 * speaker anonymous, affiliated with the state of a mention in the phrase.
 */
export function subjectIn(ctx: SpeakerCtx, from: number, to: number, mode: 'nearest' | 'first'): Speaker[] {
  const toks = ctx.doc.tokens;
  const order: number[] = [];
  for (let t = from; t < to; t++) order.push(t);
  if (mode === 'nearest') order.reverse();
  for (const t of order) {
    const tok = toks[t]!;
    // A comma or a verb ends the subject when scanning back from the verb.
    if (mode === 'nearest' && (tok.norm === ',' || tok.pos === 'VERB') && ctx.tokMention[t] === -1) break;
    const mi = ctx.tokMention[t]!;
    if (mi >= 0) return withAnonymity(ctx, conjoined(ctx, mi, from), to);
    // "Lithuania will hand Ukraine ..., its defence minister said": "its" in a speaker tag is the sentence's subject.
    // "Washington sanctioned firms it said had shipped parts": a bare "it" speaking with no speaker yet is the subject too.
    const bareIt = tok.norm === 'it' && !speakerBefore(ctx, tok.start);
    if ((tok.norm === 'its' && toks[t + 1] && toks[t + 1]!.pos === 'NOUN') || bareIt) {
      const own = sentenceSubject(ctx, tok.start, ['state', 'capital', 'body', 'group']);
      if (own) return [{ ...own, coref: true }];
    }
    if (tok.pos === 'PRON' && PRONOUNS.has(tok.norm)) {
      const s = corefPronoun(ctx, tok.norm, tok.start);
      return s ? [s] : [];
    }
    // wink tags a capitalised "the Defense Ministry" as proper nouns; corefNoun takes only speaking nouns.
    if ((tok.pos === 'NOUN' || tok.pos === 'PROPN') && definite(ctx, t, from) && !hasMention(ctx, t + 1, to)) {
      const s = corefNoun(ctx, tok.norm, tok.start);
      if (s) return [s];
    }
    if (ANON_NOUNS.has(tok.norm) && !hasMention(ctx, from, to)) return [anonymous(ctx, phraseStart(ctx, from, t), to)];
  }
  return [];
}

/**
 * "the ministry", "the Defense Ministry": a definite noun phrase with at most two words before its head and no
 * actor among them (with one, "the Russian Defence Ministry", the mention names the speaker).
 */
function definite(ctx: SpeakerCtx, t: number, from: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = t - 1; k >= from && k >= t - 3; k--) {
    if (toks[k]!.norm === 'the') return true;
    if (ctx.tokMention[k] !== -1 || !['NOUN', 'PROPN', 'ADJ'].includes(toks[k]!.pos)) return false;
  }
  return false;
}

function hasMention(ctx: SpeakerCtx, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (ctx.tokMention[t]! >= 0) return true;
  return false;
}

/** The mention and any mentions joined to it by "and" / "," to its left or right. */
function conjoined(ctx: SpeakerCtx, mi: number, from: number): Speaker[] {
  const { doc, tokMention } = ctx;
  const ms = [mi];
  let t = firstToken(ctx, mi) - 1;
  let crossedAnd = false;
  // "A, B and C": a comma joins only in a list closed by "and" ("Recalling X, Borrell said" is no list).
  while (t > from && (doc.tokens[t]!.norm === 'and' || (crossedAnd && doc.tokens[t]!.norm === ',')) && tokMention[t - 1]! >= 0) {
    const left = tokMention[t - 1]!;
    if (ms.includes(left)) break;
    crossedAnd ||= doc.tokens[t]!.norm === 'and';
    ms.unshift(left);
    t = firstToken(ctx, left) - 1;
  }
  const out: Speaker[] = [];
  for (const m of ms) {
    const s = speakerOf(ctx, m);
    if (s && !out.some((o) => o.state === s.state && o.name === s.name)) out.push(s);
  }
  return out;
}

function firstToken(ctx: SpeakerCtx, mi: number): number {
  const i = ctx.tokMention.indexOf(mi);
  return i < 0 ? 0 : i;
}

/**
 * "Iranian officials", "two European intelligence sources": when the head
 * noun of the phrase (the last noun before `to`) is an anonymous head and
 * the mention is only a state/demonym/group, the speaker is anonymous but
 * keeps the state (FORMAT.md gives such sources their state).
 */
function withAnonymity(ctx: SpeakerCtx, speakers: Speaker[], to: number): Speaker[] {
  const s = speakers[speakers.length - 1];
  if (!s || s.kind !== 'actor' || s.person || s.mention === null) return speakers;
  const m = ctx.doc.mentions[s.mention]!;
  if (!['state', 'demonym', 'group'].includes(m.kind)) return speakers;
  let head = -1;
  for (let t = firstToken(ctx, s.mention); t < to; t++) {
    const tok = ctx.doc.tokens[t]!;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.norm === ',') break;
    if (tok.pos === 'NOUN' && ctx.tokMention[t] === -1) head = t;
  }
  if (head < 0 || !ANON_NOUNS.has(ctx.doc.tokens[head]!.norm)) return speakers;
  const phrase = { start: m.start, end: ctx.doc.tokens[head]!.end };
  // "Israeli analysts believe ...": analysts and experts are no officials; their nationality makes no state's claim (FORMAT: claimant).
  const unofficial = UNOFFICIAL_NOUNS.has(ctx.doc.tokens[head]!.norm);
  return speakers.map((x) => ({
    ...x, kind: 'anonymous' as const, name: ctx.doc.article.text.slice(phrase.start, phrase.end), span: phrase,
    ...(unofficial ? { state: null, actor: null } : {}),
  }));
}

/** Start of the noun phrase ending at `head`: back to a comma or a verb. */
function phraseStart(ctx: SpeakerCtx, from: number, head: number): number {
  let a = head;
  while (a > from && ctx.doc.tokens[a - 1]!.norm !== ',' && ctx.doc.tokens[a - 1]!.pos !== 'VERB') a--;
  return a;
}

function anonymous(ctx: SpeakerCtx, from: number, to: number): Speaker {
  const toks = ctx.doc.tokens;
  let a = from;
  while (a < to && (toks[a]!.pos === 'ADP' || toks[a]!.pos === 'PUNCT')) a++;
  let b = to - 1;
  while (b > a && toks[b]!.pos === 'PUNCT') b--;
  const span = { start: toks[a]!.start, end: toks[b]!.end };
  return { kind: 'anonymous', name: ctx.doc.article.text.slice(span.start, span.end), state: null, actor: null, role: null,
    span, mention: null, person: false, plural: true };
}
