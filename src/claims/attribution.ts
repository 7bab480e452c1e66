import type { Component, Doc } from '../core/doc.js';
import type { AttributionLink, CodedEvent } from '../core/event.js';
import type { Span } from '../core/span.js';
import type { Frame, RuleId, Speaker } from './types.js';
import type { SpeakerCtx } from './speakers.js';
import { speakerCtx } from './speakers.js';
import { sentenceFrames } from './frames.js';
import { quoteFrames } from './quotes.js';
import { CONTINUATION_OPENERS, DENY_VERBS, SAY_VERBS } from './lexicon.js';
import { resolveDenials } from './denials.js';
import { linkDocClaims } from './ledger.js';
import { applyHedges } from './hedges.js';

/**
 * The attribution component: for every event, the chain from the publishing
 * outlet to the original claimant, the claimant's state and the cited outlet;
 * then denials get their target and their negated content.
 */
export function createAttributionComponent(): Component {
  return {
    name: 'attribution',
    requires: ['sentences', 'tokens', 'mentions', 'events'],
    // The ledger needs attribution; dates re-link it once events are dated.
    assigns: ['attribution', 'claims'],
    run(doc) {
      attributeDoc(doc);
    },
  };
}

/** Runs attribution on a doc in place (the component's body; exported for tests). */
export function attributeDoc(doc: Doc): Frame[] {
  const ctx = speakerCtx(doc);
  const frames = collectFrames(ctx);
  for (const e of doc.events) attributeEvent(doc, e, frames);
  resolveDenials(doc, frames);
  applyHedges(doc, frames);
  linkDocClaims(doc);
  return frames;
}

/** Every frame of the doc: sentence frames in order (feeding coreference), continuations, then quotes. */
export function collectFrames(ctx: SpeakerCtx): Frame[] {
  const { doc } = ctx;
  const frames: Frame[] = [];
  let prev: Frame[] = [];
  for (const s of doc.sentences) {
    const own = sentenceFrames(ctx, s);
    for (const f of own) if (!f.speakers.length && !f.outlets.length) speakerFromEvent(doc, f);
    const mine = own.filter((f) => f.speakers.length || f.outlets.length);
    if (!mine.length && opensContinuation(doc.article.text.slice(s.start, s.end)) && prev.length) {
      mine.push(...prev.map((f) => ({ ...f, kind: 'continuation' as const, scope: { start: s.start, end: s.end },
        verb: null, sentence: s.index, rule: 'claims:continuation' as const })));
    }
    for (const f of mine) for (const sp of f.speakers) if (sp.span) ctx.history.push(sp);
    frames.push(...mine);
    prev = mine;
  }
  const q = quoteFrames(doc, frames, ctx.history);
  doc.quotes = q.quotes;
  return [...frames, ...q.frames];
}

function opensContinuation(sentence: string): boolean {
  const s = sentence.toLowerCase();
  return CONTINUATION_OPENERS.some((o) => s.startsWith(o + ',') || s.startsWith(o + ' '));
}

/** An unresolved speaker ("Lukashenko stated") takes the source of the speech act coded on the verb. */
function speakerFromEvent(doc: Doc, f: Frame): void {
  if (!f.verb) return;
  const subj = f.subject;
  const e = doc.events.find((x) => overlaps(x.trigger, f.verb!) && x.source && x.sourceSpan && subj
    && x.sourceSpan.start >= subj.start && x.sourceSpan.end <= subj.end);
  if (!e) return;
  f.speakers = [{ kind: 'actor', name: e.sourceActor ?? e.source!, state: e.source, actor: e.sourceActor, role: null,
    span: e.sourceSpan, mention: null, person: false, plural: false }];
  f.rule = 'claims:event-speaker';
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(f: Frame, e: CodedEvent): boolean {
  const at = e.trigger.start;
  if (at < f.scope.start || at >= f.scope.end) return false;
  if (f.verb && overlaps(f.verb, e.trigger)) return false;
  // The speaker's own name is not content of its speech.
  return !f.speakers.some((s) => s.span && overlaps(s.span, e.trigger));
}

const size = (f: Frame) => f.scope.end - f.scope.start;

/** The frames that govern an event, outermost first. */
export function framesOf(e: CodedEvent, frames: Frame[]): Frame[] {
  return frames.filter((f) => contains(f, e)).sort((a, b) => size(b) - size(a));
}

/** Sets chain, claimant and reportedBy of one event. */
export function attributeEvent(doc: Doc, e: CodedEvent, frames: Frame[]): void {
  // A denial frame speaks for the negated content only: ", a claim Beijing rejected" does not make Beijing assert it.
  const gov = framesOf(e, frames).filter((f) => e.modality === 'negated' || !DENY_VERBS.has(f.verbLemma ?? ''));
  const speakerFrames = gov.filter((f) => f.speakers.length);
  // Denied content is the denier's claim, even inside the accuser's "claims that ...".
  const denying = e.modality === 'negated' ? speakerFrames.filter((f) => DENY_VERBS.has(f.verbLemma ?? '')) : [];
  const inner = denying[denying.length - 1] ?? speakerFrames[speakerFrames.length - 1];
  const top = doc.article.outlet ?? doc.article.dateline?.outlet ?? null;
  const outlets = gov.flatMap((f) => f.outlets).filter((o) => !sameOutlet(o.name, top));
  const carried = inner ? carriedOutlets(inner.speakers[0]!, frames, e.sentence).filter((o) => !sameOutlet(o.name, top)) : [];
  const chain: AttributionLink[] = [];
  if (top) chain.push({ kind: 'outlet', name: top, actor: null, role: null, span: doc.article.dateline?.span ?? null });
  for (const o of dedupe([...carried, ...outlets])) chain.push(link(o, 'outlet'));
  const chainFrames = inner ? speakerFrames.slice(0, speakerFrames.indexOf(inner) + 1) : [];
  chainFrames.forEach((f, i) => {
    const s = f.speakers[0]!;
    chain.push(link(s, s.kind === 'anonymous' ? 'anonymous' : i === chainFrames.length - 1 ? 'claimant' : 'reporter'));
  });
  e.chain = dedupeLinks(chain);
  e.reportedBy = outlets.length ? outlets[outlets.length - 1]!.name : null;
  const rules: RuleId[] = gov.map((f) => f.rule);
  if (inner && isSpeechAct(doc, e)) {
    // Another party's speech act reported inside a frame: the outlet's voice, no speaker link.
    e.claimant = null;
    e.chain = e.chain.filter((l) => l.kind === 'outlet');
    rules.push('claims:speech-act');
  } else if (inner) {
    // "Japan and South Korea expressed concern": each conjoined speaker voices its own act.
    const s = inner.speakers.find((sp) => ownSpeechAct(e, sp)) ?? inner.speakers[0]!;
    if (ownSpeechAct(e, s)) {
      e.claimant = null;
      // The speaker reports its own act: a reporter, not a claimant.
      const last = e.chain[e.chain.length - 1];
      if (last && last.kind === 'claimant') last.kind = 'reporter';
      rules.push('claims:own-speech-act');
    } else {
      e.claimant = s.state;
      rules.push(s.kind === 'anonymous' ? 'claims:anonymous' : 'claims:content');
    }
    if (s.coref) rules.push('claims:coref');
  } else {
    e.claimant = null;
  }
  for (const r of rules) if (!e.rules.includes(r)) e.rules.push(r);
}

/**
 * FORMAT.md "Voice": what a speaker does by speaking (a statement, a
 * criticism, a threat, a meeting it reports, sanctions it imposes, aid it
 * announces) is the outlet's report of the act, claimant null. A denial of
 * the speaker's own act keeps the speaker as claimant.
 */
export function ownSpeechAct(e: CodedEvent, s: Speaker): boolean {
  if (e.modality === 'negated' || !s.state || e.source !== s.state) return false;
  return e.quadClass === 1 || e.quadClass === 3 || e.root === '16';
}

/** The event is coded on a reporting verb ("accused", "denied", "warned"): a speech act, not content. */
function isSpeechAct(doc: Doc, e: CodedEvent): boolean {
  if (e.modality === 'negated') return false;
  const s = doc.sentences[e.sentence];
  const toks = s ? doc.tokens.slice(s.tokenStart, s.tokenEnd) : doc.tokens;
  return toks.some((t) => t.pos === 'VERB' && overlaps(t, e.trigger) && (SAY_VERBS.has(t.lemma) || DENY_VERBS.has(t.lemma)));
}

/** "According to Pravda, ... Ryder was asked ... He responded": the antecedent sat in Pravda's report. */
function carriedOutlets(s: Speaker, frames: Frame[], sentence: number): Speaker[] {
  if (!s.span) return [];
  return frames
    .filter((f) => f.outlets.length && f.sentence !== sentence && f.scope.start <= s.span!.start && s.span!.start < f.scope.end)
    .flatMap((f) => f.outlets);
}

function link(s: Speaker, kind: AttributionLink['kind']): AttributionLink {
  return { kind, name: s.name, actor: s.actor ?? (s.kind === 'anonymous' ? s.state : null), role: s.role, span: s.span };
}

function sameOutlet(a: string, b: string | null): boolean {
  return b !== null && a.toLowerCase().replace(/\W/g, '') === b.toLowerCase().replace(/\W/g, '');
}

function dedupe(xs: Speaker[]): Speaker[] {
  return xs.filter((x, i) => xs.findIndex((y) => y.name === x.name) === i);
}

function dedupeLinks(xs: AttributionLink[]): AttributionLink[] {
  // "He responded, “...”": the say frame and the quote name one speaker; keep the innermost link.
  return xs.filter((x, i) => i === xs.length - 1 || x.name !== xs[i + 1]!.name);
}
