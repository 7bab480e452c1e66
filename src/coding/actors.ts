/**
 * Actors of noun groups: which mentions head a noun group (and so act), which
 * only modify it ("Iranian drones", "Russia's war"), and how pronouns and
 * plural anaphors ("these countries", "the parties") are resolved by simple
 * salience over earlier mentions.
 */
import type { Span } from '../core/span.js';
import type { Mention } from '../core/actor.js';
import { inClass, tok } from './chunk.js';
import type { SentView } from './chunk.js';

/** One actor filling an argument slot. */
export interface Arg {
  state: string;
  actor: string;
  span: Span;
  rule: string;
}

/** A resolver for clause-level questions the actor code needs (supplied by args.ts). */
export interface Governor {
  /** Subject of the reporting verb governing chunk c's clause, if any. */
  governingSubject(sv: SentView, c: number, depth: number): Arg[];
  /** Subject of the nearest verb group left of chunk c. */
  leftSubject(sv: SentView, c: number, depth: number): Arg[];
  /** Who speaks a quotation holding local token t ("“We ...,” the president added"), if t is quoted. */
  quoteSpeaker(sv: SentView, t: number, depth: number): Arg[];
}

const POSS = new Set(["'s", '’s', "'", '’']);
const GROUPS = new Set(['EUR', 'WST', 'IGO', 'NATO', 'UN']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Text between two coordinated mentions: commas and/or "and"/"or" only. */
const COORD_GAP = /^[\s,]*(and|or|,)?[\s,]*(and)?\s*$/;

function fromMention(sv: SentView, mi: number, rule: string): Arg[] {
  const m = sv.doc.mentions[mi]!;
  return m.actors.map((a) => ({ state: a.state, actor: a.code, span: { start: m.start, end: m.end }, rule: `${rule}|${m.rule}` }));
}

/** Distinct doc mention indexes inside chunk c, in order. */
function mentionsIn(sv: SentView, c: number): number[] {
  const ch = sv.chunks[c]!;
  const out: number[] = [];
  for (let t = ch.start; t < ch.end; t++) {
    const m = sv.mentionOf[t]!;
    if (m >= 0 && out[out.length - 1] !== m) out.push(m);
  }
  return out;
}

function lastTokenOf(sv: SentView, mi: number, c: number): number {
  const ch = sv.chunks[c]!;
  let last = -1;
  for (let t = ch.start; t < ch.end; t++) if (sv.mentionOf[t] === mi) last = t;
  return last;
}

/**
 * Actors that head noun group c (they are what the group names). A mention
 * heads the group when it covers the head word, or when the head is an
 * actor noun ("officials", "government") it modifies.
 */
export function npArgs(sv: SentView, c: number, gov: Governor, depth = 0): Arg[] {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'NP') return [];
  const ms = mentionsIn(sv, c);
  const head = ch.head;
  if (sv.mentionOf[head]! >= 0) return fromMention(sv, sv.mentionOf[head]!, 'np:head');
  // "DPRK leader Kim": a name right after the mention is the same person.
  if (ms.length && sv.pos[head] === 'PROPN') {
    const last = ms[ms.length - 1]!;
    let t = lastTokenOf(sv, last, c) + 1;
    while (t < head && sv.pos[t] === 'PROPN') t++;
    if (t === head) return fromMention(sv, last, 'np:named-head');
  }
  if (ms.length && inClass(sv, head, 'actor-head')) {
    const before = ms.filter((m) => lastTokenOf(sv, m, c) < head);
    return before.flatMap((m) => fromMention(sv, m, 'np:actor-head'));
  }
  if (ms.length) return [];
  const w = sv.norm[head]!;
  if (sv.pos[head] === 'PRON' && depth < 4) return resolvePronoun(sv, c, head, gov, depth + 1);
  if (inClass(sv, head, 'allies')) return alliesOf(sv, c, gov, depth);
  if (inClass(sv, head, 'plural-anaphor') && depth < 4) return resolveAnaphor(sv, c, gov, depth + 1);
  // "the leaders", "the officials": a group named just before; "the two leaders": the last two states.
  if (inClass(sv, head, 'person-plural') && sv.norm[head] !== sv.lemma[head] && sv.norm[ch.start] === 'the') {
    const at = tok(sv, ch.start);
    const span = { start: at.start, end: tok(sv, ch.end - 1).end };
    const two = sv.norm[ch.start + 1] === 'two' || sv.norm[ch.start] === 'both';
    return two ? lastDistinct(sv, at.start, span, 3) : pluralAntecedent(sv, at.start, span);
  }
  void w;
  return [];
}

/** Possessors and state modifiers in noun group c before local token `upto` ("Iran's", "Iranian", "its"). */
export function npMods(sv: SentView, c: number, upto: number, gov: Governor, depth = 0): Arg[] {
  const ch = sv.chunks[c]!;
  const out: Arg[] = [];
  for (let t = ch.start; t < Math.min(upto, ch.end); t++) {
    const m = sv.mentionOf[t]!;
    if (m >= 0) {
      if (t + 1 < ch.end && sv.mentionOf[t + 1] === m) continue;
      out.push(...fromMention(sv, m, 'np:modifier'));
    } else if (sv.pos[t] === 'PRON' && (inClass(sv, t, 'thing-pronoun') || inClass(sv, t, 'plural-pronoun') || inClass(sv, t, 'person-pronoun')) && depth < 4) {
      out.push(...resolvePronoun(sv, c, t, gov, depth + 1));
    }
  }
  return out;
}

/** True when noun group c ends its first part with a possessive marker. */
export function hasPossessive(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  for (let t = ch.start; t < ch.end; t++) if (POSS.has(sv.norm[t]!) || ['its', 'their', 'his', 'her', 'our'].includes(sv.norm[t]!)) return true;
  return false;
}

/** "allies" with no state named: Ukraine's allies are WST (FORMAT, Groups); others stay unresolved. */
function alliesOf(sv: SentView, c: number, gov: Governor, depth: number): Arg[] {
  const ch = sv.chunks[c]!;
  const mods = depth < 3 ? npMods(sv, c, ch.head, gov, depth + 1) : [];
  if (mods.length && !mods.some((m) => m.state === 'UKR')) return [];
  const t = tok(sv, ch.head);
  return [{ state: 'WST', actor: 'WST', span: { start: t.start, end: t.end }, rule: 'coref:allies-of-ukraine' }];
}

/** Earlier mentions in the doc, nearest first, before doc offset `before`. */
function* earlierMentions(sv: SentView, before: number): Generator<Mention> {
  const ms = sv.doc.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end <= before && m.kind !== 'outlet' && m.actors.length) yield m;
  }
}

function argOf(m: Mention, rule: string, span: Span): Arg[] {
  return m.actors.map((a) => ({ state: a.state, actor: a.code, span, rule: `${rule}|${m.rule}` }));
}

/**
 * Pronouns: in a reported clause ("X said that it ..."), the speaker; a
 * possessive after a verb ("Iran expressed its ..."), that verb's subject;
 * else the nearest earlier compatible mention.
 */
export function resolvePronoun(sv: SentView, c: number, t: number, gov: Governor, depth: number): Arg[] {
  const at = tok(sv, t);
  const span = { start: at.start, end: at.end };
  const person = inClass(sv, t, 'person-pronoun');
  const plural = inClass(sv, t, 'plural-pronoun');
  if (!person && !plural && !inClass(sv, t, 'thing-pronoun')) return [];
  if (person) {
    const q = gov.quoteSpeaker(sv, t, depth);
    if (q.length) return q.map((a) => ({ ...a, span, rule: `coref:quote-speaker|${a.rule}` }));
  }
  const g = gov.governingSubject(sv, c, depth);
  if (g.length) return g.map((a) => ({ ...a, span, rule: `coref:speaker|${a.rule}` }));
  if (['its', 'his', 'her', 'their', 'our'].includes(sv.norm[t]!)) {
    const s = gov.leftSubject(sv, c, depth);
    // "their" needs a plural subject: several states or a group.
    const fits = !plural || s.length > 1 || s.some((a) => GROUPS.has(a.state));
    if (s.length && fits) return s.map((a) => ({ ...a, span, rule: `coref:clause-subject|${a.rule}` }));
  }
  if (plural) {
    const p = pluralAntecedent(sv, at.start, span);
    if (p.length) return p;
  }
  if (person) {
    const p = salientPerson(sv, at.start, span);
    if (p.length) return p;
  }
  for (const m of earlierMentions(sv, at.start)) {
    if (person && m.kind !== 'official') continue;
    if (!person && !plural && (m.kind === 'official' || m.actors.every((a) => a.state.length !== 3 || a.state === 'EUR' || a.state === 'WST'))) continue;
    return argOf(m, person ? 'coref:last-official' : plural ? 'coref:last-plural' : 'coref:last-state', span);
  }
  if (person) for (const m of earlierMentions(sv, at.start)) return argOf(m, 'coref:last-actor', span);
  // "Recalling a meeting he held ..., Borrell said": nothing before, so the main subject after.
  if (person) {
    for (const m of sv.doc.mentions) {
      if (m.sentence !== sv.sent.index || m.start <= at.end || m.kind === 'outlet') continue;
      const prev = sv.doc.tokens[m.tokenStart - 1];
      if (prev && prev.norm === ',') return argOf(m, 'coref:cataphora', span);
    }
  }
  return [];
}

/**
 * "these countries" → the states of the latest sentence with a coordinated
 * list of states; "the two countries", "both sides", "the parties" → the
 * last two distinct states named.
 */
export function resolveAnaphor(sv: SentView, c: number, gov: Governor, depth: number): Arg[] {
  const ch = sv.chunks[c]!;
  const first = sv.norm[ch.start]!;
  const at = tok(sv, ch.start);
  const span = { start: at.start, end: tok(sv, ch.end - 1).end };
  const plural = sv.norm[ch.head] !== sv.lemma[ch.head];
  if (!plural) {
    // Only "the country"/"the nation" refer back to a state; "the Asian power" is too loose.
    if (sv.lemma[ch.head] !== 'country' && sv.lemma[ch.head] !== 'nation') return [];
    if (first !== 'the' && first !== 'his' && first !== 'her' && first !== 'its') return [];
    if (first !== 'the') return npMods(sv, c, ch.head, gov, depth);
    for (const m of earlierMentions(sv, at.start)) {
      if (m.kind === 'state' || m.kind === 'capital') return argOf(m, 'coref:the-country', span);
    }
    return [];
  }
  if (first === 'these' || first === 'those' || first === 'such') return listStates(sv, at.start, span);
  // Only definite groups refer back ("the two countries", "both sides", "the parties"); "other countries" does not.
  if (first !== 'the' && first !== 'both') return [];
  // Three, not two: the caller drops the state that is the other party and keeps two.
  return lastDistinct(sv, at.start, span, 3);
}

/**
 * "he", "we": the subject of this or the previous sentence, i.e. its first
 * mention that is neither in a prepositional phrase nor a possessor.
 */
function salientPerson(sv: SentView, before: number, span: Span): Arg[] {
  const doc = sv.doc;
  for (const s of [sv.sent.index, sv.sent.index - 1]) {
    if (s < 0) continue;
    for (const m of doc.mentions) {
      if (m.sentence !== s || m.end > before || m.kind === 'outlet' || !m.actors.length) continue;
      // Skip mentions inside a prepositional phrase ("with top Chinese diplomat Wang Yi").
      let b = m.tokenStart - 1;
      while (b >= 0 && doc.tokens[b]!.sentence === s && NP_TAGS.has(doc.tokens[b]!.pos)) b--;
      const prev = b >= 0 ? doc.tokens[b] : undefined;
      const next = doc.tokens[m.tokenEnd];
      if (prev && prev.sentence === s && (prev.pos === 'ADP' || prev.pos === 'PART')) continue;
      if (next && POSS.has(next.norm)) continue;
      if (s === sv.sent.index && m.kind !== 'official') break;
      return argOf(m, 'coref:salient-subject', span);
    }
  }
  return [];
}

/** "they": the nearest group (NATO, the West, officials) within two sentences, else the nearest coordinated pair. */
function pluralAntecedent(sv: SentView, before: number, span: Span): Arg[] {
  // "Pezeshkian and Putin met ..., where they agreed": a pair named earlier in the same sentence.
  const here = listStates(sv, before, span, 0);
  if (here.length) return here.map((a) => ({ ...a, rule: a.rule.replace('coref:these-countries', 'coref:plural-list') }));
  const minSentence = sv.sent.index - 2;
  for (const m of earlierMentions(sv, before)) {
    if (m.sentence < minSentence) break;
    const pluralName = m.kind !== 'state' && m.kind !== 'capital' && sv.doc.article.text.slice(m.start, m.end).endsWith('s');
    if (m.kind === 'group' || m.actors.some((a) => a.state.length !== 3 || ['EUR', 'WST', 'IGO'].includes(a.state)) || pluralName) {
      return argOf(m, 'coref:plural-group', span);
    }
  }
  const list = listStates(sv, before, span);
  return list.map((a) => ({ ...a, rule: a.rule.replace('coref:these-countries', 'coref:plural-list') }));
}

/** A mention that names a place where things happen ("the war in Ukraine") rather than a party. */
function locative(sv: SentView, m: Mention): boolean {
  const prev = sv.doc.tokens[m.tokenStart - 1];
  return prev !== undefined && (prev.norm === 'in' || prev.norm === 'for');
}

function lastDistinct(sv: SentView, before: number, span: Span, k: number): Arg[] {
  const out: Arg[] = [];
  for (const m of earlierMentions(sv, before)) {
    if (locative(sv, m)) continue;
    for (const a of m.actors) {
      if (a.state.length === 3 && !['EUR', 'WST', 'IGO'].includes(a.state) && !out.some((o) => o.state === a.state)) {
        out.push({ state: a.state, actor: a.code, span, rule: `coref:last-${k}-states|${m.rule}` });
      }
    }
    if (out.length >= k) break;
  }
  return out.length >= 2 ? out.slice(0, k) : [];
}

/** States of the latest earlier sentence that coordinates two or more states ("A, B and C"). */
function listStates(sv: SentView, before: number, span: Span, back = 4): Arg[] {
  const doc = sv.doc;
  for (let s = sv.sent.index; s >= 0 && s >= sv.sent.index - back; s--) {
    const ms = doc.mentions.filter((m) => m.sentence === s && m.end <= before && m.kind !== 'outlet');
    const coordinated = ms.filter((m, i) => {
      const next = ms[i + 1];
      const prev = ms[i - 1];
      const gap = (a: Mention, b: Mention) => COORD_GAP.test(doc.article.text.slice(a.end, b.start));
      return (next !== undefined && gap(m, next)) || (prev !== undefined && gap(prev, m));
    });
    const out: Arg[] = [];
    for (const m of coordinated) {
      for (const a of m.actors) if (!out.some((o) => o.state === a.state)) out.push({ state: a.state, actor: a.code, span, rule: `coref:these-countries|${m.rule}` });
    }
    if (out.length >= 2) return out;
  }
  return [];
}
