import type { Doc } from '../core/doc.js';
import type { CodedEvent } from '../core/event.js';
import type { Span } from '../core/span.js';
import type { Frame, RuleId } from './types.js';
import { DENY_VERBS } from './lexicon.js';

/*
 * Hedging the sentence coder cannot see (it owns modality and hedged; these
 * rules only use what attribution knows): content carried by "reports that",
 * a following sentence that doubts the previous one ("It remains unclear
 * whether ...", "Reuters could not verify ..."), and the accuser's doubt
 * words inside a denial ("refuted claims of purported supplies"), which are
 * not the denier's.
 */

const REPORT_NOUN = /\b(?:(?:unconfirmed|media|press|news)\s+reports?|reports)\s+(?:that|of|about|suggesting|saying)\b/gi;
const DOUBT_SENTENCE = new RegExp([
  String.raw`\bit\s+(?:remains|is|was|remained)\s+(?:unclear|not\s+clear|unknown)\b`,
  String.raw`\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b`,
  String.raw`\b(?:cannot|can\s?not|was\s+unable\s+to|were\s+unable\s+to)\s+(?:independently\s+)?(?:verify|confirm)\b`,
  String.raw`\b(?:has|have)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)\b`,
  String.raw`\bno\s+(?:independent\s+)?confirmation\b`,
].join('|'), 'i');
/** A model name: a word with a digit ("Su-35", "Shahed-136", "S-300"). */
const MODEL = /\b[A-Z][\w-]*\d[\w-]*\b/g;
/** Doubt words that belong to the claim a denial answers, not to the denier. */
const ACCUSER_DOUBT = new Set(['purported', 'alleged', 'allegedly', 'so-called', 'claimed', 'supposed', 'reported']);

/**
 * "Iran is said to have sent", "drones were reported to be on their way":
 * a passive reporting verb with an infinitive is hearsay from an unnamed
 * source, a doubt marker in its own right (FORMAT.md lists "is said to").
 */
const PASSIVE_REPORT = /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:said|reported|rumou?red|thought|understood|alleged|claimed|believed|suspected)\s+to\b/gi;
/** A source marked as unconfirmed ("unconfirmed reports suggest", "according to an unverified report"). */
const UNCONFIRMED = /\b(?:unconfirmed|unverified|uncorroborated)\b/i;
/**
 * Where a hedged clause ends: a new main clause ("; ", ", and") or an
 * adverbial clause ("after the two leaders met"), which the outlet states.
 */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while)\s|\s(?:after|before|when|because|although|though|whereas|while|until|once)\s/gi;

/** Applies the rules in place. */
export function applyHedges(doc: Doc, frames: Frame[]): void {
  reportHedges(doc);
  passiveReportHedges(doc);
  unconfirmedSourceHedges(doc, frames);
  doubtSentenceHedges(doc);
  denialUnhedge(doc, frames);
}

/** "Iran is said to have delivered drones": the events after the cue, up to the end of its clause. */
function passiveReportHedges(doc: Doc): void {
  const text = doc.article.text;
  for (const s of doc.sentences) {
    const sub = text.slice(s.start, s.end);
    for (const m of sub.matchAll(PASSIVE_REPORT)) {
      const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      CLAUSE_BREAK.lastIndex = m.index + m[0].length;
      const brk = CLAUSE_BREAK.exec(sub);
      const end = brk ? s.start + brk.index : s.end;
      for (const e of doc.events) {
        if (e.sentence === s.index && e.trigger.start >= cue.end && e.trigger.start < end && e.modality !== 'negated') {
          hedge(e, cue, 'claims:hedge-passive-report');
        }
      }
    }
  }
}

/**
 * "Unconfirmed reports suggest that ...", "according to an unverified
 * report by X": the source phrase of a frame says its content is not
 * confirmed, so the content is hedged (denied content keeps its own voice).
 */
function unconfirmedSourceHedges(doc: Doc, frames: Frame[]): void {
  const text = doc.article.text;
  for (const f of frames) {
    const phrase = sourcePhrase(text, f);
    if (!phrase) continue;
    const m = UNCONFIRMED.exec(text.slice(phrase.start, phrase.end));
    if (!m) continue;
    const cue = { start: phrase.start + m.index, end: phrase.start + m.index + m[0].length };
    for (const e of doc.events) {
      const inside = e.trigger.start >= f.scope.start && e.trigger.start < f.scope.end && !(f.verb && e.trigger.start === f.verb.start);
      if (inside && e.modality !== 'negated') hedge(e, cue, 'claims:hedge-unconfirmed');
    }
  }
}

/** The words naming a frame's source: the "according to" region, or the subject's last comma-free stretch before the verb. */
function sourcePhrase(text: string, f: Frame): Span | null {
  if (!f.subject) return null;
  if (f.kind !== 'say') return f.subject;
  const sub = text.slice(f.subject.start, f.subject.end);
  const cut = Math.max(sub.lastIndexOf(','), sub.lastIndexOf(';'));
  return { start: f.subject.start + cut + 1, end: f.subject.end };
}

function hedge(e: CodedEvent, cue: Span, rule: RuleId): void {
  e.hedged = true;
  if (!e.cueSpans.some((c) => c.start === cue.start)) e.cueSpans.push(cue);
  if (!e.rules.includes(rule)) e.rules.push(rule);
}

/** "concerned by reports that Iran is planning to deliver": the content is hearsay. */
function reportHedges(doc: Doc): void {
  const text = doc.article.text;
  for (const s of doc.sentences) {
    const sub = text.slice(s.start, s.end);
    for (const m of sub.matchAll(REPORT_NOUN)) {
      const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      // "Reuters reports that ..." is a verb: a cited outlet, not hearsay.
      const at = cue.start + m[0].search(/reports?\b/i);
      const ti = doc.tokens.findIndex((t) => t.start === at);
      const prev = doc.tokens[ti - 1];
      if (ti < 0 || doc.tokens[ti]!.pos !== 'NOUN' || (prev && ['PROPN', 'PRON', 'NOUN'].includes(prev.pos) && !/^(media|press|news)$/i.test(prev.norm))) continue;
      for (const e of doc.events) {
        if (e.sentence === s.index && e.trigger.start >= cue.end && e.modality !== 'negated') hedge(e, cue, 'claims:hedge-reports');
      }
    }
  }
}

/**
 * "It remains unclear if any Su-35 jets were delivered." doubts the events
 * of the sentence before; a model name it repeats picks the event whose
 * weapon list holds that name, else every event there is doubted.
 */
function doubtSentenceHedges(doc: Doc): void {
  const text = doc.article.text;
  for (const s of doc.sentences) {
    if (s.index === 0) continue;
    const sub = text.slice(s.start, s.end);
    const m = DOUBT_SENTENCE.exec(sub);
    if (!m) continue;
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    const prev = doc.sentences[s.index - 1]!;
    const before = doc.events.filter((e) => e.sentence === prev.index && e.modality !== 'negated');
    for (const e of pickByModel(text, prev, sub, before)) hedge(e, cue, 'claims:hedge-doubt-sentence');
  }
}

function pickByModel(text: string, prev: Span, doubt: string, events: CodedEvent[]): CodedEvent[] {
  const prevText = text.slice(prev.start, prev.end);
  const shared = [...doubt.matchAll(MODEL)].map((m) => m[0]).filter((w) => prevText.includes(w));
  const armed = events.filter((e) => e.weaponSpan).sort((a, b) => a.weaponSpan!.start - b.weaponSpan!.start);
  if (!shared.length || !armed.length) return events;
  const picked = new Set<CodedEvent>();
  for (const w of shared) {
    const at = prev.start + prevText.indexOf(w);
    const owner = armed.filter((e) => e.weaponSpan!.start <= at).pop();
    if (owner) picked.add(owner);
  }
  return picked.size ? [...picked] : events;
}

/** "refuted statements about Iran's purported drone supplies": the denial itself is not hedged. */
function denialUnhedge(doc: Doc, frames: Frame[]): void {
  const text = doc.article.text;
  for (const e of doc.events) {
    if (e.modality !== 'negated' || !e.hedged || !e.cueSpans.length) continue;
    const denied = frames.some((f) => f.verb && DENY_VERBS.has(f.verbLemma ?? '') && f.scope.start <= e.trigger.start
      && e.trigger.start < f.scope.end);
    if (!denied) continue;
    // The denial's own cue ("refuted", "not") explains the modality, not the hedge.
    const doubt = e.cueSpans.filter((c) => !isNegationCue(doc, c));
    if (!doubt.length || !doubt.every((c) => ACCUSER_DOUBT.has(text.slice(c.start, c.end).toLowerCase()))) continue;
    e.hedged = false;
    e.cueSpans = e.cueSpans.filter((c) => !doubt.includes(c));
    if (!e.rules.includes('claims:unhedge-denial')) e.rules.push('claims:unhedge-denial');
  }
}

function isNegationCue(doc: Doc, c: Span): boolean {
  return doc.tokens.some((t) => t.start < c.end && c.start < t.end
    && (DENY_VERBS.has(t.lemma) || ['not', "n't", 'no', 'never', 'deny', 'denial'].includes(t.norm)));
}
