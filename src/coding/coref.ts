/**
 * Coreference for the coder's actors: pronouns ("it", "their", "he"),
 * plural anaphors ("these countries", "the two sides", "the leaders") and
 * possessives in a for-phrase ("thanked Germany for its support"), resolved
 * by clause position and simple salience over earlier mentions.
 */
import type { Span } from '../core/span.js';
import type { Mention } from '../core/actor.js';
import { inClass, tok } from './chunk.js';
import type { SentView } from './chunk.js';
import { npArgs, npMods } from './actors.js';
import type { Arg, Governor } from './actors.js';

const POSS = new Set(["'s", '’s', "'", '’']);
const GROUPS = new Set(['EUR', 'WST', 'IGO', 'NATO', 'UN']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Text between two coordinated mentions: commas and/or "and"/"or" only. */
const COORD_GAP = /^[\s,]*(and|or|,)?[\s,]*(and)?\s*$/;

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
  const f = forAntecedent(sv, c, t, gov, depth);
  if (f.length) return f.map((a) => ({ ...a, span, rule: `coref:for-object|${a.rule}` }));
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
 * "thanked Germany for its support", "sanctioned two officials for their
 * roles", "sanctions on Iran over its deliveries": a possessive opening a
 * for- or over-phrase refers to the noun group right before the preposition
 * (the object), when number and person agree.
 */
function forAntecedent(sv: SentView, c: number, t: number, gov: Governor, depth: number): Arg[] {
  const w = sv.norm[t]!;
  if (c < 2 || sv.chunks[c]!.start !== t || !['its', 'his', 'her', 'their'].includes(w)) return [];
  const prep = sv.chunks[c - 1]!;
  let k = c - 2;
  // "sanctioned two officials in mid-December for their roles": a time phrase between is skipped.
  while (k >= 2 && sv.chunks[k - 1]!.kind === 'ADP' && isTimePhrase(sv, k)) k -= 2;
  const o = sv.chunks[k]!;
  if (prep.kind !== 'ADP' || !['for', 'over'].includes(sv.norm[prep.start]!) || o.kind !== 'NP') return [];
  const a = npArgs(sv, k, gov, depth + 1);
  if (!a.length) return [];
  const m = sv.mentionOf[o.head]! >= 0 ? sv.doc.mentions[sv.mentionOf[o.head]!]! : null;
  const plural = a.length > 1 || sv.norm[o.head] !== sv.lemma[o.head] || a.some((x) => GROUPS.has(x.state));
  if (w === 'their') return plural ? a : [];
  const person = (m !== null && m.kind === 'official') || inClass(sv, o.head, 'person-plural');
  if (w === 'its') return person || plural ? [] : a;
  return person && !plural ? a : [];
}

/** Noun group k names a time and no actor ("mid-December 2024", "the weekend"). */
function isTimePhrase(sv: SentView, k: number): boolean {
  const ch = sv.chunks[k]!;
  if (ch.kind !== 'NP') return false;
  let time = false;
  for (let i = ch.start; i < ch.end; i++) {
    if (sv.mentionOf[i]! >= 0) return false;
    const w = sv.norm[i]!;
    // "mid-December", "2024", "last week".
    if (inClass(sv, i, 'time-noun') || /^(1[89]|20)\d\d$/.test(w) || sv.lex.classes.get('time-noun')?.has(w.split('-').pop()!)) time = true;
  }
  return time;
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
  if (!plural && first === 'the' && inClass(sv, ch.head, 'group-anaphor')) {
    // "the bloc", "the alliance": the latest group named (the EU, NATO).
    for (const m of earlierMentions(sv, at.start)) if (m.actors.some((a) => GROUPS.has(a.state))) return argOf(m, 'coref:the-group', span);
    return [];
  }
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
export function pluralAntecedent(sv: SentView, before: number, span: Span): Arg[] {
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

export function lastDistinct(sv: SentView, before: number, span: Span, k: number): Arg[] {
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
  const gap = (a: Mention, b: Mention) => COORD_GAP.test(doc.article.text.slice(a.end, b.start));
  for (let s = sv.sent.index; s >= 0 && s >= sv.sent.index - back; s--) {
    const ms = doc.mentions.filter((m) => m.sentence === s && m.end <= before && m.kind !== 'outlet');
    // Chains of coordinated mentions; those naming two or more states ("A and B, as well as C and D"), not "Tianjin, China".
    const chains: Mention[][] = [];
    ms.forEach((m, i) => {
      if (i > 0 && gap(ms[i - 1]!, m)) chains[chains.length - 1]!.push(m);
      else chains.push([m]);
    });
    const out: Arg[] = [];
    for (const chain of chains) {
      if (new Set(chain.flatMap((m) => m.actors.map((a) => a.state))).size < 2) continue;
      for (const m of chain) {
        for (const a of m.actors) if (!out.some((o) => o.state === a.state)) out.push({ state: a.state, actor: a.code, span, rule: `coref:these-countries|${m.rule}` });
      }
    }
    if (out.length >= 2) return out;
  }
  return [];
}
