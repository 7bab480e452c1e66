/**
 * Modality and hedging of a trigger, decided over its clause: the verb
 * chain above it (auxiliaries, modals, "plans to", "is expected to"), the
 * clause that opens it ("if ...", "that ..." under a denial), and doubt
 * markers in its clause. Verbs of saying never hedge (FORMAT, Hedging).
 */
import type { Modality } from '../core/event.js';
import type { Span } from '../core/span.js';
import { inClass, tok } from './chunk.js';
import type { SentView } from './chunk.js';
import { clauseOpener, governorOf } from './args.js';

/** Prepositions of a reason or occasion: a nominal act after them does not take the verb's modality. */
const REASON = new Set(['over', 'amid', 'after', 'following', 'despite', 'because', 'since']);

export interface ModalityResult {
  modality: Modality;
  hedged: boolean;
  cues: Span[];
  rules: string[];
  /** The trigger sits in a question ("asked if ..."): not an event. */
  question: boolean;
}

/** Verb groups above chunk c linked by infinitive or gerund complementation ("plans to [announce]"). */
export function verbChain(sv: SentView, c: number): number[] {
  const chain: number[] = [];
  let k = c;
  for (let guard = 0; guard < 5 && k >= 0; guard++) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'VP') chain.push(k);
    if (ch.kind === 'VP' && ch.form === 'finite') {
      // "it never sent": a negative adverb right before the verb group negates it.
      for (let j = k - 1; j >= 0 && sv.chunks[j]!.kind === 'ADV'; j--) if (inClass(sv, sv.chunks[j]!.start, 'negation')) chain.push(j);
      break;
    }
    // Step over "to", an adjective ("is ready to"), or a noun group ("its willingness to").
    let j = k - 1;
    while (j >= 0 && ['TO', 'ADJ', 'ADV'].includes(sv.chunks[j]!.kind)) {
      // "is willing to provide", "is ready to host": the adjective carries the intent.
      if (sv.chunks[j]!.kind === 'ADJ') chain.push(j);
      j--;
    }
    if (j >= 0 && sv.chunks[j]!.kind === 'NP' && sv.chunks[k]!.form === 'inf') {
      chain.push(j);
      j--;
      while (j >= 0 && sv.chunks[j]!.kind === 'ADV') j--;
    }
    if (j < 0 || sv.chunks[j]!.kind !== 'VP') break;
    k = j;
  }
  return chain;
}

/** Nearest verb group left of a nominal trigger in its clause (the verb it is an object of). */
export function hostVerb(sv: SentView, c: number): number {
  for (let k = c - 1; k >= 0; k--) {
    const kind = sv.chunks[k]!.kind;
    if (kind === 'VP') return k;
    if (kind === 'SC' || kind === 'REL' || (kind === 'PUNCT' && sv.norm[sv.chunks[k]!.start] !== ',')) return -1;
  }
  return -1;
}

function span(sv: SentView, i: number): Span {
  const t = tok(sv, i);
  return { start: t.start, end: t.end };
}

/** Scans chunk tokens for cue classes. */
function cuesIn(sv: SentView, chunks: number[], cls: string, skip: number): number[] {
  const out: number[] = [];
  for (const c of chunks) {
    const ch = sv.chunks[c]!;
    for (let t = ch.start; t < ch.end; t++) if (t !== skip && inClass(sv, t, cls)) out.push(t);
  }
  return out;
}

/** Negation inside a clause opened under a deny verb ("denied that ...", "rejected claims that ..."). */
function deniedBy(sv: SentView, c: number): number {
  for (let k = c - 1; k >= 0; k--) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'VP') return inClass(sv, ch.head, 'deny-verb') ? ch.head : -1;
    if (ch.kind === 'PUNCT' && !/^[“”"]$/.test(sv.norm[ch.start]!)) return -1;
  }
  return -1;
}

/**
 * Decides modality for a trigger at local token t in chunk c; `end` is the
 * chunk index where its arguments stop.
 */
export function modalityOf(sv: SentView, t: number, c: number, end: number): ModalityResult {
  const rules: string[] = [];
  const cues: Span[] = [];
  const verbal = sv.chunks[c]!.kind === 'VP';
  // "announced sanctions on Iran over its missile deliveries": a reason phrase's act has its own time, not the verb's.
  const reason = !verbal && c > 0 && sv.chunks[c - 1]!.kind === 'ADP' && REASON.has(sv.norm[sv.chunks[c - 1]!.start]!);
  const host = verbal ? c : reason ? -1 : hostVerb(sv, c);
  const chain = host >= 0 ? verbChain(sv, host) : [];
  const opener = clauseOpener(sv, c);
  const gov = governorOf(sv, c);
  let question = false;
  let modality: Modality = 'actual';
  let hedged = false;
  // Negation: in the verb chain, before a nominal trigger ("no arms transfers"), or under a denial.
  const neg = cuesIn(sv, chain, 'negation', -1);
  if (!verbal) for (let i = Math.max(sv.chunks[c]!.start, t - 3); i < t; i++) if (inClass(sv, i, 'negation')) neg.push(i);
  // "has seen no evidence of deliveries": a negated evidence noun the trigger hangs on.
  if (!verbal && host >= 0) {
    for (let k = host + 1; k < c; k++) {
      const ch = sv.chunks[k]!;
      if (ch.kind === 'NP' && inClass(sv, ch.head, 'evidence-noun') && inClass(sv, ch.start, 'negation')) neg.push(ch.start);
    }
  }
  // "would impose no restrictions": a negative object negates the act.
  const obj = verbal ? sv.chunks[c + 1] : undefined;
  if (obj && obj.kind === 'NP' && (sv.norm[obj.start] === 'no' || sv.norm[obj.start] === 'none')) neg.push(obj.start);
  // A nominal trigger in the object of a denial ("rejected allegations of Russia's use of ...") is denied.
  const hostDenies = !verbal && host >= 0 && inClass(sv, sv.chunks[host]!.head, 'deny-verb') ? sv.chunks[host]!.head : -1;
  const deny = hostDenies >= 0 ? hostDenies : deniedBy(sv, host >= 0 ? host : c);
  if (neg.length) { modality = 'negated'; rules.push('mod:negation'); cues.push(...neg.map((i) => span(sv, i))); }
  // "had not recorded any arms transfers", "has seen no evidence of deliveries": not observed is doubt, not a denial.
  if (neg.length && !verbal && host >= 0 && unobserved(sv, host, c)) { hedged = true; rules.push('mod:not-observed'); }
  else if (deny >= 0 && deny !== t) { modality = 'negated'; rules.push('mod:denied'); cues.push(span(sv, deny)); }
  // "no evidence that X": negated and hedged.
  if (gov >= 0 && modality === 'actual') {
    const g = sv.chunks[gov]!;
    const ev = sv.chunks[gov + 1];
    // "There is no evidence that ...": the negation sits in the evidence noun group itself.
    const govNeg = [...cuesIn(sv, [gov], 'negation', -1), ...(ev?.kind === 'NP' && sv.norm[ev.start] === 'no' ? [ev.start] : [])];
    let evidence = ev !== undefined && ev.kind === 'NP' && inClass(sv, ev.head, 'evidence-noun');
    for (let i = g.start; i < g.end; i++) if (inClass(sv, i, 'evidence-noun')) evidence = true;
    if (govNeg.length && evidence && ev) {
      modality = 'negated'; hedged = true; rules.push('mod:no-evidence'); cues.push(span(sv, g.head), span(sv, ev.head));
    } else if (inClass(sv, g.head, 'deny-verb')) { modality = 'negated'; rules.push('mod:denied'); cues.push(span(sv, g.head)); }
    // "could not confirm that Iran sent ...": unconfirmed content is hedged.
    else if (govNeg.length && inClass(sv, g.head, 'observe-verb')) { hedged = true; rules.push('mod:not-confirmed'); cues.push(span(sv, g.head)); }
  }
  if (opener >= 0 && sv.chunks[opener]!.kind === 'SC' && inClass(sv, sv.chunks[opener]!.start, 'conditional')) {
    const q = gov >= 0 && inClass(sv, sv.chunks[gov]!.head, 'question-verb');
    const at = sv.chunks[opener]!.start;
    // "It is not clear whether Iran sent ...": an open question voiced as doubt; the content is hedged, not conditional.
    const doubt = !q && sv.norm[at] === 'whether' && [1, 2, 3].some((d) => at - d >= 0 && inClass(sv, at - d, 'doubt-whether'));
    if (doubt) { hedged = true; rules.push('mod:unclear-whether'); cues.push(span(sv, at)); }
    else if (q || sv.norm[at] === 'whether') question = true;
    else if (modality === 'actual') { modality = 'conditional'; rules.push('mod:if-clause'); cues.push(span(sv, sv.chunks[opener]!.start)); }
  }
  if (modality === 'actual') {
    // An offer or pledge is itself a future cue ("pledged tanks to Kyiv"); other future words only around it.
    const self = inClass(sv, t, 'promise-verb') ? -1 : t;
    const fut = cuesIn(sv, chain, 'future', self).filter((i) => !(sv.lemma[i] === 'set' && sv.norm[i + 1] !== 'to'));
    // "soon", "imminently" after the verb group ("will be delivered to Russia soon").
    for (let i = t + 1; i < Math.min(sv.n, t + 10); i++) if (sv.pos[i] === 'ADV' && inClass(sv, i, 'future')) fut.push(i);
    // "is likely to hand over", "is poised to deliver": a prospective adjective right before the infinitive.
    const pro = prospective(sv, t);
    if (pro >= 0) fut.push(pro);
    // "could begin shipping drones as early as next month": a time ahead in the trigger's clause (not after a past form).
    const ahead = sv.norm[t]!.endsWith('ed') ? -1 : futureTime(sv, t);
    if (ahead >= 0) fut.push(ahead);
    if (fut.length) { modality = 'future'; rules.push('mod:future'); cues.push(...fut.map((i) => span(sv, i))); }
  }
  const hedge = hedgesOf(sv, t, c, chain, opener, gov, end);
  if (hedge.length) { hedged = true; rules.push('mod:hedge'); cues.push(...hedge.map((i) => span(sv, i))); }
  return { modality, hedged, cues, rules, question };
}

const TIME_UNITS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'days', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const CLAUSE_END = new Set([',', ';', ':', 'but', 'while', 'and', '.']);

/** Index of "next"/"coming" before a time unit ("next month", "the coming weeks") after t in its clause, else -1. */
function futureTime(sv: SentView, t: number): number {
  for (let i = t + 1; i + 1 < sv.n && i < t + 14; i++) {
    if (CLAUSE_END.has(sv.norm[i]!)) return -1;
    if ((sv.norm[i] === 'next' || sv.norm[i] === 'coming') && TIME_UNITS.has(sv.norm[i + 1]!)) return i;
  }
  return -1;
}

const PROSPECTIVE = new Set(['likely', 'unlikely', 'poised', 'due', 'about', 'slated', 'bound']);

/** Index of "likely"/"poised"/"due" in "... likely to (soon) VERB" right before trigger t, else -1. */
function prospective(sv: SentView, t: number): number {
  let i = t - 1;
  while (i >= 0 && sv.pos[i] === 'ADV') i--;
  if (i < 1 || sv.norm[i] !== 'to') return -1;
  return PROSPECTIVE.has(sv.norm[i - 1]!) ? i - 1 : -1;
}

/** The host verb of a nominal trigger is a verb of observing ("recorded", "seen"), or an evidence noun stands between them. */
function unobserved(sv: SentView, host: number, c: number): boolean {
  if (inClass(sv, sv.chunks[host]!.head, 'observe-verb')) return true;
  for (let k = host + 1; k < c; k++) if (sv.chunks[k]!.kind === 'NP' && inClass(sv, sv.chunks[k]!.head, 'evidence-noun')) return true;
  return false;
}

/** Doubt markers: modals and believe-verbs in the chain or the governing verb, doubt adverbs in the clause. */
function hedgesOf(sv: SentView, t: number, c: number, chain: number[], opener: number, gov: number, end: number): number[] {
  const out = cuesIn(sv, chain, 'hedge', t);
  if (gov >= 0) {
    const g = sv.chunks[gov]!;
    for (let i = g.start; i < g.end; i++) if (inClass(sv, i, 'hedge')) out.push(i);
  }
  // "They believe China's transfer ... is": a believe-verb anywhere before the trigger in its sentence.
  for (let k = c - 1; k >= 0; k--) {
    const ch = sv.chunks[k]!;
    // Stop at a clause boundary: "after the leaders met" is not under "is believed".
    if (ch.kind === 'SC' || (ch.kind === 'ADP' && inClass(sv, ch.start, 'subordinator') && sv.norm[ch.start] !== 'that')) break;
    if (ch.kind === 'VP' && inClass(sv, ch.head, 'hedge-verb') && !out.includes(ch.head)) out.push(ch.head);
  }
  const from = opener >= 0 ? sv.chunks[opener]!.start : 0;
  const to = end < sv.chunks.length ? sv.chunks[end]!.start : sv.n;
  for (let i = from; i < to; i++) {
    if ((sv.pos[i] === 'ADV' || sv.pos[i] === 'ADJ') && inClass(sv, i, 'hedge') && !out.includes(i)) out.push(i);
  }
  void c;
  return out;
}
