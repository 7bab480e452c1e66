import { createHash } from 'node:crypto';
import type { Doc } from '../core/doc.js';
import type { AttributionLink, CodedEvent } from '../core/event.js';
import type { Span } from '../core/span.js';
import type { Frame, RuleId } from './types.js';
import { DENY_VERBS } from './lexicon.js';
import { SANCTION_VERBS } from './reasonframe.js';

/*
 * Denials (FORMAT.md "Denials"): a 016 is aimed at the accuser; the denied
 * content is coded negated with the denier as claimant; "denied by both
 * countries" is a denial by each party of the dyad.
 */

/** Verbs whose speaker makes an allegation a later denial can answer. */
const ALLEGING = new Set(['accuse', 'claim', 'allege', 'say', 'state', 'report', 'believe', 'assert', 'charge',
  'suspect', 'assess', 'estimate', 'warn', 'confirm', 'reveal', 'write', 'express', 'tell', 'emphasize', 'note',
  // A sanctioner alleges its grounds ("sanctioned firms for shipping drones"): a later denial answers it.
  ...SANCTION_VERBS, 'impose']);

const BY_BOTH = /^\s*by\s+(?:both(?:\s+(?:countries|sides|nations|governments|states))?|the\s+two(?:\s+(?:countries|sides|nations|governments|states))?)\b/i;

const isDenial = (e: CodedEvent) => e.code === '016';
/** How many sentences back "these claims" may reach. */
const MAX_BACK = 3;
/** Objects of a denial verb that point back to an earlier allegation. */
const ANAPHORIC = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges',
  'report', 'reports', 'suggestion', 'suggestions', 'it', 'them', 'this', 'that']);
/** Content a denial can negate: acts, not speech acts. */
const isContent = (e: CodedEvent) => e.quadClass === 2 || e.quadClass === 4 || e.root === '06' || e.root === '07';

/** Resolves denial targets and adds negated content; mutates doc.events. */
export function resolveDenials(doc: Doc, frames: Frame[]): void {
  splitBothDenials(doc);
  denialsFromFrames(doc, frames);
  const denials = doc.events.filter(isDenial);
  const deniersBySentence = new Map<number, Set<string>>();
  for (const d of denials) {
    const set = deniersBySentence.get(d.sentence) ?? new Set<string>();
    for (const s of denierStates(d, frames)) set.add(s);
    deniersBySentence.set(d.sentence, set);
  }
  for (const d of denials) {
    for (const denier of denierStates(d, frames)) {
      const accuser = d.target ?? accuserBefore(doc, frames, d.trigger.start, denier);
      if (!d.target && accuser && denier === d.source) {
        d.target = accuser;
        d.targetActor = accuser;
        addRule(d, 'claims:denial-target');
      }
      // "Russia and Belarus rejected the claims": each named denier answers the accuser.
      if (accuser && denier !== d.source && !doc.events.some((e) => isDenial(e) && e.sentence === d.sentence && e.source === denier)) {
        doc.events.push({ ...denialEvent(d, d.sentence, d.trigger, denier, accuser), chain: d.chain.map((l) => ({ ...l })) });
      }
      addNegatedContent(doc, frames, d, denier, accuser, deniersBySentence.get(d.sentence)!);
    }
  }
}

/** The denier states: the 016 source, or every speaker of the denial frame on its verb. */
function denierStates(d: CodedEvent, frames: Frame[]): string[] {
  const f = frameOn(d, frames);
  const fromFrame = f ? f.speakers.map((s) => s.state).filter((s): s is string => !!s) : [];
  const all = d.source ? [d.source, ...fromFrame] : fromFrame;
  return [...new Set(all)];
}

/** The most recent speaker who alleged something before `at`, other than the denier. */
function accuserBefore(doc: Doc, frames: Frame[], at: number, denier: string): string | null {
  let best: { at: number; state: string } | null = null;
  for (const f of frames) {
    const s = f.speakers[0]?.state;
    if (!f.verb || f.verb.start >= at || !s || s === denier || !ALLEGING.has(f.verbLemma ?? '')) continue;
    if (!best || f.verb.start > best.at) best = { at: f.verb.start, state: s };
  }
  for (const e of doc.events) {
    if (e.root !== '11' || !e.source || e.source === denier || e.trigger.start >= at) continue;
    if (!best || e.trigger.start > best.at) best = { at: e.trigger.start, state: e.source };
  }
  return best?.state ?? null;
}

/**
 * The accuser's content about the denier in the latest sentence that has
 * any, coded again as negated with the denier as claimant, unless the
 * denial's own sentence already holds that content negated.
 */
function addNegatedContent(doc: Doc, frames: Frame[], d: CodedEvent, denier: string, accuser: string | null, deniers: Set<string>): void {
  const alleged = doc.events.filter((c) => c !== d && isContent(c) && c.trigger.start < d.trigger.start
    && c.modality !== 'negated' && c.modality !== 'conditional' && (c.source === denier || c.target === denier)
    && d.sentence - c.sentence <= MAX_BACK && c.claimant !== denier && (accuser === null || c.claimant === accuser));
  const own = doc.events.filter((c) => c.sentence === d.sentence && c.modality === 'negated' && isContent(c));
  // The denial sentence names its own content ("denied supplying drones"): the deniers share it.
  const base = own.length ? own : latestSentence(alleged);
  for (const c of base) {
    const exists = doc.events.some((x) => x.sentence === d.sentence && x.modality === 'negated' && x.root === c.root
      && x.source === c.source && x.target === c.target && x.claimant === denier);
    if (exists) continue;
    if (own.includes(c) && (c.claimant === null || !deniers.has(c.claimant))) {
      // The coder's negated content inside an accusation's sentence is the denier's, not the accuser's.
      c.claimant = denier;
      c.chain = denierChain(d, denier, frames);
      inheritWeapon(c, d, latestSentence(alleged));
      addRule(c, 'claims:denial-content');
      continue;
    }
    doc.events.push(negatedCopy(c, d, denier, frames));
  }
}

/**
 * "rejected these claims": content the coder codes on the denial verb itself
 * is anaphoric; it denies the allegation's weapon too, so the ledger links them.
 */
function inheritWeapon(c: CodedEvent, d: CodedEvent, alleged: CodedEvent[]): void {
  if (c.weapon || c.trigger.start !== d.trigger.start) return;
  const same = alleged.filter((a) => a.root === c.root && a.source === c.source && a.target === c.target && a.weapon);
  if (same.length !== 1) return;
  const a = same[0]!;
  Object.assign(c, { weapon: a.weapon, system: a.system, maker: a.maker, weaponSpan: a.weaponSpan });
}

function latestSentence(es: CodedEvent[]): CodedEvent[] {
  if (!es.length) return [];
  const last = Math.max(...es.map((e) => e.sentence));
  return es.filter((e) => e.sentence === last);
}

function negatedCopy(c: CodedEvent, d: CodedEvent, denier: string, frames: Frame[]): CodedEvent {
  const id = createHash('sha1')
    .update([d.articleId, d.sentence, d.trigger.start, c.code, c.source, c.target, 'negated', denier].join('|'))
    .digest('hex')
    .slice(0, 16);
  return {
    ...c, id, sentence: d.sentence, trigger: { ...d.trigger }, modality: 'negated', hedged: false, cueSpans: [],
    quantity: null, quantityMin: null, quantityMax: null, quantitySpan: null, stage: null,
    claimant: denier, reportedBy: d.reportedBy, chain: denierChain(d, denier, frames), claimId: null,
    date: d.date, datePrecision: d.datePrecision, dateSource: d.dateSource,
    rules: [...d.rules.filter((r) => r.startsWith('claims:') && !r.includes('speech-act')), 'claims:denial-content'],
  };
}

/** The denial's outlets, then the denier as claimant. */
function denierChain(d: CodedEvent, denier: string, frames: Frame[]): AttributionLink[] {
  const outlets = d.chain.filter((l) => l.kind === 'outlet').map((l) => ({ ...l }));
  const f = frameOn(d, frames);
  const sp = f?.speakers.find((x) => x.state === denier);
  if (sp) return [...outlets, { kind: 'claimant', name: sp.name, actor: sp.actor ?? denier, role: sp.role, span: sp.span }];
  return [...outlets, { kind: 'claimant', name: denier, actor: d.source === denier ? d.sourceActor : denier, role: null, span: d.sourceSpan }];
}

/** The reporting frame whose verb is the denial's trigger. */
function frameOn(d: CodedEvent, frames: Frame[]): Frame | undefined {
  return frames.find((x) => x.verb && x.verb.start < d.trigger.end && d.trigger.start < x.verb.end);
}

/** "..., a claim denied by both countries": one 016 per party of the accused dyad. */
function splitBothDenials(doc: Doc): void {
  const text = doc.article.text;
  for (const tok of doc.tokens) {
    if (!DENY_VERBS.has(tok.lemma) || !BY_BOTH.test(text.slice(tok.end, tok.end + 40))) continue;
    const verb = { start: tok.start, end: tok.end };
    const content = doc.events.find((c) => c.sentence === tok.sentence && isContent(c) && c.claimant && c.source && c.target);
    if (!content) continue;
    const accuser = content.claimant!;
    const onVerb = (e: CodedEvent) => isDenial(e) && e.trigger.start < verb.end && verb.start < e.trigger.end;
    const template = doc.events.find(onVerb);
    // "both countries" are the parties of the accused dyad, whatever else the sentence names.
    const parties = [content.source!, content.target!];
    doc.events = doc.events.filter((e) => !onVerb(e) || e === template || parties.includes(e.source ?? ''));
    for (const party of parties) {
      if (doc.events.some((e) => isDenial(e) && e.sentence === tok.sentence && e.source === party)) continue;
      doc.events.push(denialEvent(template ?? content, tok.sentence, verb, party, accuser));
    }
    if (template && !parties.includes(template.source ?? '')) doc.events.splice(doc.events.indexOf(template), 1);
    // Keep the parties' denials in dyad order (source first), as the text names them.
    const mine = doc.events.filter(onVerb).sort((a, b) => parties.indexOf(a.source!) - parties.indexOf(b.source!));
    const at = doc.events.findIndex(onVerb);
    doc.events = doc.events.filter((e) => !onVerb(e));
    doc.events.splice(at, 0, ...mine);
  }
}

function denialEvent(base: CodedEvent, sentence: number, verb: Span, party: string, accuser: string | null,
  rule: RuleId = 'claims:denial-split'): CodedEvent {
  const id = createHash('sha1').update([base.articleId, sentence, verb.start, '016', party, accuser].join('|')).digest('hex').slice(0, 16);
  return {
    ...base, id, sentence, code: '016', root: '01', plover: 'REJECT', goldstein: -2, quadClass: 1,
    source: party, target: accuser, sourceActor: party, targetActor: accuser, trigger: { ...verb },
    sourceSpan: null, targetSpan: null, modality: 'actual', hedged: false, cueSpans: [], claimant: null,
    weapon: null, system: null, maker: null, quantity: null, quantityMin: null, quantityMax: null, stage: null,
    weaponSpan: null, quantitySpan: null, claimId: null, rules: [rule],
  };
}

/**
 * "Tehran rejected the accusation." when the coder coded no 016: the
 * denial frame gives one (only when the accuser is known, FORMAT.md) and
 * the denied content is negated either way.
 */
function denialsFromFrames(doc: Doc, frames: Frame[]): void {
  for (const f of frames) {
    const verb = f.verb;
    if (!verb || !DENY_VERBS.has(f.verbLemma ?? '') || f.verbLemma === 'deem') continue;
    if (!anaphoricObject(doc, verb) && !claimNounBefore(doc, verb)) continue;
    if (doc.events.some((e) => isDenial(e) && e.trigger.start < verb.end && verb.start < e.trigger.end)) continue;
    const base = doc.events[0];
    const deniers = new Set(f.speakers.map((sp) => sp.state).filter((x): x is string => !!x));
    for (const denier of deniers) {
      if (!base) break;
      const accuser = accuserBefore(doc, frames, verb.start, denier);
      const d = denialEvent(base, f.sentence, verb, denier, accuser, 'claims:denial-frame');
      // A speech act in the outlet's voice: the chain is the publishing outlet and any outlet the frame cites.
      d.chain = outletChain(doc, f);
      if (accuser) doc.events.push(d);
      addNegatedContent(doc, frames, d, denier, accuser, deniers);
    }
  }
}

/** The publishing outlet (as attribution puts it on top of every chain), then outlets the frame cites. */
function outletChain(doc: Doc, f: Frame): AttributionLink[] {
  const top = doc.article.outlet ?? doc.article.dateline?.outlet ?? null;
  const links: AttributionLink[] = top ? [{ kind: 'outlet', name: top, actor: null, role: null, span: doc.article.dateline?.span ?? null }] : [];
  for (const o of f.outlets) {
    if (!links.some((l) => l.name === o.name)) links.push({ kind: 'outlet', name: o.name, actor: null, role: null, span: o.span });
  }
  return links;
}

/** ", a claim Beijing rejected": the claim noun comes before the denier and the verb. */
function claimNounBefore(doc: Doc, verb: Span): boolean {
  const i = doc.tokens.findIndex((t) => t.start === verb.start);
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = doc.tokens[k]!;
    if (t.norm === ',' || t.sentence !== doc.tokens[i]!.sentence) return false;
    if (t.pos === 'NOUN' && ANAPHORIC.has(t.norm)) return true;
  }
  return false;
}

/** The verb's object is "the accusation", "these claims", "it": no content of its own. */
function anaphoricObject(doc: Doc, verb: Span): boolean {
  const i = doc.tokens.findIndex((t) => t.start >= verb.end);
  for (let k = i; k >= 0 && k < Math.min(doc.tokens.length, i + 4); k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV') continue;
    const next = doc.tokens[k + 1]?.norm;
    return ANAPHORIC.has(t.norm) && next !== 'that' && next !== 'of' && next !== 'about';
  }
  return false;
}

function addRule(e: CodedEvent, r: RuleId): void {
  if (!e.rules.includes(r)) e.rules.push(r);
}
