/**
 * The coder proper: for each sentence with a trigger candidate and an actor
 * mention, match patterns, fill source and target from the clause structure,
 * decide modality, and emit raw events. Denials of an earlier claim ("Iran
 * rejected these claims") also restate the denied content as negated.
 */
import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import { groupHeadAt, inClass, tok, viewSentence } from './chunk.js';
import type { SentView } from './chunk.js';
import { argsOf, governorOf, rightArgs } from './args.js';
import { namingAt } from './clause.js';
import { background, blockedGerund, exhorted, hypothetical, infGovernor, refusalCode } from './governed.js';
import { BACKGROUND_RULE } from '../core/event.js';
import type { Arg } from './actors.js';
import { fill, firstFilled, nearState } from './slots.js';
import type { Covered, DocState, RawEvent, TriggerCtx } from './slots.js';
export type { RawEvent } from './slots.js';
import { candidatesAt, matchAt, posOk } from './match.js';
import { candidateSentences } from './candidates.js';
import { modalityOf } from './modality.js';
import type { ModalityResult } from './modality.js';
import { guardParties } from './guards/parties.js';
import { guardTrigger } from './guards/triggers.js';
import type { CodingDict, VerbPattern } from './types.js';

/** Codes whose events are claimed content a denial can negate (requests for arms, cooperation, aid, strikes). */
const CONTENT_CODE = /^(0232|06|07|19)/;
/** Mentions naming vessels or aircraft rather than people. */
const VEHICLE = /^(ships?|warships?|vessels?|fleets?|aircraft|jets?|bombers?|submarines?|frigates?|destroyers?|planes?)$/;
/** Prepositions that introduce the content of a claim noun. */
const CONTENT_PREP = new Set(['of', 'about', 'over', 'regarding', 'concerning', 'that']);

/** Codes every sentence of a doc; `inDateline` tells triggers to skip. */
export function codeDoc(doc: Doc, dict: CodingDict, skip: Span | null): RawEvent[] {
  const state: DocState = { events: [] };
  const bySentence = new Map<number, number[]>();
  doc.mentions.forEach((m, i) => {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(i);
    bySentence.set(m.sentence, list);
  });
  // The same sentences the parser was given (candidates.ts), so each has its tree when the pipeline parsed.
  for (const si of candidateSentences(doc, dict)) {
    const s = doc.sentences[si]!;
    const ms = bySentence.get(s.index) ?? [];
    const sv = viewSentence(doc, s, dict.lexicon, ms);
    const covered: Covered = [];
    for (let t = 0; t < sv.n; t++) {
      const at = tok(sv, t);
      if (skip && at.start < skip.end && at.end > skip.start) continue;
      codeTrigger(sv, dict, t, state, covered);
    }
  }
  return dropSummons(dropElaborated(state.events));
}

/** Sentences apart within which a summons and a protest of the same dyad are one act. */
const SUMMONS_REACH = 2;

/**
 * "lodged protests with Seoul ... summoned a senior diplomat ... to make the protest": a summons to
 * protest and the protest are one event (FORMAT, Protests); the summons yields to the protest.
 */
function dropSummons(events: RawEvent[]): RawEvent[] {
  const summons = (e: RawEvent) => e.rules[0] === 'verb:111:summon-envoy';
  return events.filter((e) => !summons(e) || !events.some((o) => o !== e && !summons(o) && o.code === '111'
    && o.source.state === e.source.state && o.target.state === e.target.state && Math.abs(o.sentence - e.sentence) <= SUMMONS_REACH));
}

/**
 * "supports Russia in the war, providing its weaponry": unspecified support (070) that a
 * transfer between the same parties in the same sentence specifies (072) is that transfer.
 */
function dropElaborated(events: RawEvent[]): RawEvent[] {
  const key = (e: RawEvent) => `${e.sentence}|${e.source.state}|${e.target.state}|${e.modality}`;
  const specific = new Set(events.filter((e) => e.code === '072').map(key));
  return events.filter((e) => e.code !== '070' || !specific.has(key(e)));
}

function codeTrigger(sv: SentView, dict: CodingDict, t: number, state: DocState, covered: Covered): void {
  const cands = candidatesAt(sv, dict, t);
  // Cheap test first: most candidate words have the wrong part of speech for every pattern.
  if (!cands || !cands.some((p) => posOk(sv, t, p))) return;
  const c = sv.chunkOf[t]!;
  // "what it called Russia's aggression": the naming verb is the speaker's label, not a call or an act.
  if (c >= 2 && namingAt(sv, c - 2)) return;
  const right = rightArgs(sv, c);
  const argEnd = extendOverRelative(sv, right.end);
  const pats = matchAt(sv, dict, t, argEnd);
  let made = 0;
  // One event per code family and trigger: a catch-all or parent code yields to a specific one made ("warned of sanctions" is 1312, not also 130).
  const codes: string[] = [];
  for (const p of pats) {
    if (p.eventless || (p.priority < 0 && made > 0) || codes.some((m) => subsumes(m, p.code))) continue;
    if (sv.chunks[c]!.kind === 'NP' && covered.some((r) => restates(r.code, p.code) && t >= r.from && t < r.to)) continue;
    const n = emit({ sv, t, c, right, state, covered }, p, dict);
    if (n && sv.chunks[c]!.kind === 'VP') covered.push({ code: p.code, from: t, to: argEnd });
    if (n) codes.push(p.code);
    made += n;
  }
}

/**
 * A noun trigger of code c inside the arguments of a verb already coded `made` restates it: same root
 * ("held talks"), or the aid a halt stops ("suspended military aid": 1622, not also 072). A visit
 * (042) inside a meeting's arguments ("met X before his visit to Y") is a second act.
 */
function restates(made: string, c: string): boolean {
  if (made === '1622') return c.startsWith('07');
  return made.slice(0, 2) === c.slice(0, 2) && !(c === '042' && made !== '042');
}

/** A code already made at a trigger covers code c when c is its root's catch-all ("130", "190") or one is the other's parent ("023", "0232"). */
function subsumes(made: string, c: string): boolean {
  if (made.slice(0, 2) !== c.slice(0, 2)) return false;
  return c.length === 2 || (c.length === 3 && c[2] === '0') || made.startsWith(c) || c.startsWith(made);
}

/**
 * First token after a trigger's arguments, extended over a relative clause
 * on its object ("sent containers to Russia that could contain shells").
 */
function extendOverRelative(sv: SentView, end: number): number {
  if (end >= sv.chunks.length) return sv.n;
  const ch = sv.chunks[end]!;
  const start = ch.start;
  if (ch.kind !== 'REL' && !(ch.kind === 'SC' && sv.norm[start] === 'that')) return start;
  let i = start + 1;
  while (i < sv.n && i < start + 16 && sv.norm[i] !== ',' && sv.norm[i] !== ';') i++;
  return i;
}

/** Emits the events of pattern p at the trigger; returns how many. */
function emit(x: TriggerCtx, p: VerbPattern, dict: CodingDict): number {
  const { sv, t, c } = x;
  const ch = sv.chunks[c]!;
  const passive = ch.kind === 'VP' && ch.passive;
  let code = p.code;
  let srcSlots = p.source;
  let tgtSlots = p.target;
  const seek = p.seekCode !== null && seekGoverned(sv, c);
  if (seek) { code = p.seekCode!; [srcSlots, tgtSlots] = [tgtSlots, srcSlots]; }
  if (ch.kind === 'NP' && (characterised(sv, c, t) || topicOnly(sv, c))) return 0;
  if (requested(sv, c) || hypothetical(sv, c) || blockedGerund(sv, c) || exhorted(sv, c)) return 0;
  if (guardTrigger(sv, c, t, code) !== null) return 0;
  const gv = infGovernor(sv, c);
  // "threatened to strike Kyiv": the threat is the event (13x), not the strike.
  if (gv >= 0 && inClass(sv, gv, 'threat-verb')) return 0;
  // "refused to meet Zelensky": a refusal of a cooperative act is a rejection (12x).
  const refused = gv >= 0 && inClass(sv, gv, 'refuse-verb');
  if (refused) code = refusalCode(code) ?? code;
  const src = firstFilled(x, srcSlots, passive);
  let sources = dedupe(src.args);
  const tgt = firstFilled(x, tgtSlots, passive);
  let targets = dedupe(tgt.args);
  if (!targets.length && tgtSlots.includes('near-state')) targets = nearState(sv, t, sources);
  // Parties that name no state acting or acted on (src/coding/guards): dropped before pairing.
  ({ sources, targets } = guardParties(sv, p, sources, targets));
  targets = trimAnaphor(targets, sources);
  sources = trimAnaphor(sources, targets);
  // "A and B sent jets to Kyiv, with a view to them ...": a pronoun for the coordinated sources is none of their targets.
  if (sources.length >= 2) targets = targets.filter((g) => !(g.rule.startsWith('coref:plural-list') && sources.some((s) => s.state === g.state)));
  // "between A, B, C and D" as the only argument: A with each of the others.
  // A coordinated subject of a symmetric act with no other party named acts among itself ("A and B met");
  // with a party named but not resolved ("A and B agreed with the cartel") it does not.
  const otherNamed = tgtSlots.some((s) => (s === 'obj' ? x.right.obj.length > 0 : x.right.pps.has(s)));
  // "The two countries pledged to provide military assistance to each other": a reciprocal pairs the subjects.
  if (!targets.length && sources.length >= 2 && p.mutual && !otherNamed) return emitMutual(x, p, code, sources);
  let selfPaired = false;
  if (!targets.length && sources.length >= 2 && !p.symmetric && reciprocal(x)) targets = sources.slice(0, 2);
  else if (src.slot === 'between' || (!targets.length && sources.length >= 2 && ((p.symmetric && !otherNamed) || reciprocal(x)))) {
    // "between A, B, C and D" stays A with each of the others (the founding article's cooperation "between Russia, X, Y and Z").
    selfPaired = p.symmetric && sources.length >= 3 && src.slot !== 'between';
    targets = sources.slice(1);
    sources = sources.slice(0, 1);
  }
  // "Peskov called such reports fake": a denial with no accuser named still negates the claims it answers.
  if (p.denies && sources.length && !targets.length) return restateDenied(x, sources);
  if (!sources.length || !targets.length) return 0;
  // Ships, aircraft and fleets that "meet" rendezvous; only people consult (04). A warship's port visit is a visit (042, FORMAT).
  if (code.startsWith('04') && code !== '042' && [...sources, ...targets].some((a) => VEHICLE.test(headOf(sv, a)))) return 0;
  if (code === '040' && thirdPlace(x, sources, targets)) code = '044';
  const mod = patternModality(x, p);
  if (mod.question) return 0;
  // "rejected the Pentagon's allegation that ...": denying the content does not undo the accusation; the
  // denial (016) and the negated content carry it, and the allegation noun is not an event of its own.
  if (sv.chunks[c]!.kind === 'NP' && code.startsWith('112') && mod.modality === 'negated' && mod.rules.includes('mod:denied')) return 0;
  if (refused) {
    mod.rules.push('mod:refused');
    if (code === p.code || code.startsWith('12')) mod.modality = code.startsWith('12') ? 'actual' : 'negated';
  }
  // "warned that supplying ... would": the content of a warning about the future is not an act.
  const g = governorOf(sv, c);
  if (g >= 0 && inClass(sv, sv.chunks[g]!.head, 'threat-verb') && (mod.modality === 'future' || mod.modality === 'conditional')) return 0;
  // A threat or warning is about the future by nature: "prepared to take action" is a warning made now.
  // So is an offer or intent (03): "offered to mediate" is an offer made now.
  // So is a request (02): "wants Putin to ..." is a wish voiced now.
  // So is verbal support: "will unconditionally support Russia's policies" is an endorsement voiced now (051-053).
  // "is prepared to impose sanctions on Beijing if ...": a sanction held out on a condition is a threat of sanctions (1312).
  if (code.startsWith('16') && mod.modality === 'future' && conditionAfter(sv, t)) { code = '1312'; mod.rules.push('mod:conditional-sanction-is-threat'); }
  // So is a comment (01): "offered his condolences" is condolence given now.
  const voiced = code.startsWith('13') || code.startsWith('03') || code.startsWith('02') || code.startsWith('01') || /^05[123]/.test(code);
  if (voiced && mod.modality === 'future') { mod.modality = 'actual'; mod.rules.push('mod:intent-is-actual'); }
  const at = tok(sv, t);
  const rules = [`verb:${p.code}:${p.id}`, ...(seek ? [`verb:seek:${p.seekCode}`] : []), ...mod.rules, ...(background(sv, c) ? [BACKGROUND_RULE] : [])];
  // "Russian and Chinese warships ... for drills between the three countries": the co-participants pair among themselves too.
  // "A, B and C met": a joint act codes every pair of listed co-participants (FORMAT), not A with each of the others only.
  if (selfPaired) { sources = [sources[0]!, ...targets]; targets = []; }
  const among = p.symmetric && (selfPaired || tgt.slot === 'between') && sources.length >= 2;
  if (among) targets = dedupe([...targets, ...sources.slice(1)]);
  let n = 0;
  for (const s of sources) {
    for (const g of targets) {
      // Each pair of co-participants once.
      if (among && sources.indexOf(g) >= 0 && sources.indexOf(g) <= sources.indexOf(s)) continue;
      if (s.state === g.state || !s.state || !g.state) continue;
      x.state.events.push({
        sentence: sv.sent.index, code, source: s, target: g, trigger: { start: at.start, end: at.end },
        modality: mod.modality, hedged: mod.hedged, cues: mod.cues, rules: [...rules, s.rule, g.rule],
      });
      n++;
    }
  }
  if (p.denies && n) n += restateDenied(x, sources);
  void dict;
  return n;
}

/** The trigger's object or a prepositional argument is "each other" / "one another". */
function reciprocal(x: TriggerCtx): boolean {
  const { sv, right } = x;
  return [...right.obj, ...[...right.pps.values()].flat()].some((k) => {
    const w = sv.norm.slice(sv.chunks[k]!.start, sv.chunks[k]!.end).join(' ');
    return w === 'each other' || w === 'one another';
  });
}

/** The trigger's modality, with what the pattern itself says of its act. */
function patternModality(x: TriggerCtx, p: VerbPattern): ModalityResult {
  const mod = modalityOf(x.sv, x.t, x.c, x.right.end);
  // "approved the possible sale of jets to X": an approval is not the delivery; the sale is still to come.
  if (p.pending && mod.modality === 'actual') { mod.modality = 'future'; mod.rules.push('mod:pending'); }
  return mod;
}

/** Head word of the noun group an argument's mention stands in ("Chinese naval ships" → "ships"). */
function headOf(sv: SentView, a: Arg): string {
  const h = groupHeadAt(sv, a.span.start);
  return h < 0 ? '' : sv.norm[h]!;
}

/** A meeting "in" a state that is neither party is at a third location (044). */
function thirdPlace(x: TriggerCtx, sources: Arg[], targets: Arg[]): boolean {
  const { sv } = x;
  const ins = x.right.pps.get('in') ?? [];
  if (!ins.length) return false;
  // "in Tianjin, China": any state named from the "in" phrase to the end of the arguments.
  const from = sv.chunks[ins[0]!]!.start;
  const to = x.right.end < sv.chunks.length ? sv.chunks[x.right.end]!.start : sv.n;
  for (let i = from; i < to; i++) {
    const m = sv.mentionOf[i]!;
    if (m < 0) continue;
    for (const a of sv.doc.mentions[m]!.actors) {
      if (a.state.length === 3 && !sources.some((s) => s.state === a.state) && !targets.some((g) => g.state === a.state)) return true;
    }
  }
  return false;
}

/** A nominal trigger that is only the topic of talk ("discussed military cooperation"): not an event. */
function topicOnly(sv: SentView, c: number): boolean {
  for (let k = c - 1; k >= 0 && k >= c - 3; k--) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'VP') return inClass(sv, ch.head, 'topic-verb');
    if (ch.kind !== 'ADP' && ch.kind !== 'NP' && ch.kind !== 'ADV') return false;
  }
  return false;
}

/** An infinitive someone is asked or urged to do ("asked Tehran to mediate"): the asking is the event. */
function requested(sv: SentView, c: number): boolean {
  // Up the chain of infinitives and gerunds: "asked France to stop selling weapons".
  for (let k = c, guard = 0; k >= 3 && guard < 4; guard++) {
    const ch = sv.chunks[k]!;
    if (ch.kind !== 'VP' || ch.form === 'finite') return false;
    if (ch.form === 'inf') {
      // "wants Putin to attack": a wish for another's act is not that act; "wants to buy" is the subject's own aim.
      const own = sv.chunks[k - 2]!.kind !== 'NP';
      const v = own ? sv.chunks[k - 2]! : sv.chunks[k - 3]!;
      if (v.kind === 'VP' && inClass(sv, v.head, 'control-object') && (!own || !inClass(sv, v.head, 'seek-verb'))) return true;
      k -= 2;
    } else k -= 1;
    while (k >= 0 && sv.chunks[k]!.kind === 'NP') k--;
  }
  return false;
}

/** The noun trigger is an outlet's characterisation ("the growing cooperation"): not coded. */
function characterised(sv: SentView, c: number, t: number): boolean {
  const ch = sv.chunks[c]!;
  for (let i = ch.start; i < t; i++) if (inClass(sv, i, 'characterising')) return true;
  return false;
}

/** The trigger is the infinitive complement of a seek-class verb ("seeking to acquire"). */
function seekGoverned(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP' || ch.form !== 'inf' || c < 2) return false;
  const v = sv.chunks[c - 2]!;
  return v.kind === 'VP' && inClass(sv, v.head, 'seek-verb');
}

/** "the two countries" resolved to the last three states named: drop the other party's state, keep two. */
function trimAnaphor(targets: Arg[], sources: Arg[]): Arg[] {
  if (!targets.length || !targets.every((a) => a.rule.startsWith('coref:last-3-states'))) return targets;
  return targets.filter((a) => !sources.some((s) => s.state === a.state)).slice(0, 2);
}

function dedupe(args: Arg[]): Arg[] {
  const out: Arg[] = [];
  for (const a of args) if (!out.some((o) => o.state === a.state)) out.push(a);
  return out;
}

/**
 * "rejected these claims" / "a claim denied by both countries": the content
 * claimed in this or the two previous sentences that involves a denier is
 * restated as negated (FORMAT, Denials).
 */
function restateDenied(x: TriggerCtx, deniers: Arg[]): number {
  const { sv, c, right } = x;
  const ch = sv.chunks[c]!;
  // ", which Beijing denied": the relative's antecedent is the clause before, content of this sentence.
  const relative = !right.obj.length && deniedRelative(sv, c);
  if (!relative) {
    const theme = ch.passive ? c - 1 : right.obj[0];
    if (theme === undefined || theme < 0 || sv.chunks[theme]!.kind !== 'NP') return 0;
    if (!inClass(sv, sv.chunks[theme]!.head, 'claim-noun')) return 0;
    const nextK = sv.chunks[theme + 1];
    // "rejected claims that ..." / "allegations of ...": the content is stated there, not restated.
    if (nextK && (nextK.kind === 'SC' || (nextK.kind === 'ADP' && CONTENT_PREP.has(sv.norm[nextK.start]!)))) return 0;
  }
  const states = new Set(deniers.map((d) => d.state));
  const at = tok(sv, x.t);
  const copies: RawEvent[] = [];
  // Latest first: "these claims" answers the nearest allegation, and the copy
  // keeps that one's rules (not an earlier, hedged report's).
  for (const e of [...x.state.events].reverse()) {
    // An earlier denial's content may be denied again by another ("Peskov called such reports fake").
    if (e.sentence < sv.sent.index - 2 || (e.modality === 'negated' && e.sentence === sv.sent.index)) continue;
    if (relative && (e.sentence !== sv.sent.index || e.trigger.start >= at.start)) continue;
    if (!CONTENT_CODE.test(e.code)) continue;
    if (!states.has(e.source.state) && !states.has(e.target.state)) continue;
    if (copies.some((k) => k.code === e.code && k.source.state === e.source.state && k.target.state === e.target.state)) continue;
    copies.push({ ...e, sentence: sv.sent.index, trigger: { start: at.start, end: at.end }, modality: 'negated', hedged: false,
      cues: [{ start: at.start, end: at.end }], rules: [...e.rules, 'deny:restated-claim'] });
  }
  x.state.events.push(...copies.reverse());
  return copies.length;
}

/** An "if"/"unless" clause after token t in its sentence. */
function conditionAfter(sv: SentView, t: number): boolean {
  for (let i = t + 1; i < sv.n; i++) if (sv.norm[i] === 'if' || sv.norm[i] === 'unless') return true;
  return false;
}

/** A mutual act among coordinated parties: one event from each party to each other one. */
function emitMutual(x: TriggerCtx, p: VerbPattern, code: string, parties: Arg[]): number {
  const { sv, t } = x;
  const mod = patternModality(x, p);
  if (mod.question) return 0;
  const at = tok(sv, t);
  let n = 0;
  for (const s of parties) {
    for (const g of parties) {
      if (s.state === g.state) continue;
      x.state.events.push({
        sentence: sv.sent.index, code, source: s, target: g, trigger: { start: at.start, end: at.end },
        modality: mod.modality, hedged: mod.hedged, cues: mod.cues, rules: [`verb:${p.code}:${p.id}`, 'verb:mutual', ...mod.rules, s.rule, g.rule],
      });
      n++;
    }
  }
  return n;
}

/** "..., which Beijing later denied": the denial verb's clause is a relative on a comma-set "which" right before its subject. */
function deniedRelative(sv: SentView, c: number): boolean {
  let k = c - 1;
  while (k >= 0 && (sv.chunks[k]!.kind === 'ADV')) k--;
  if (k < 1 || sv.chunks[k]!.kind !== 'NP') return false;
  const r = sv.chunks[k - 1]!;
  return r.kind === 'REL' && sv.norm[r.start] === 'which' && k >= 2 && sv.norm[sv.chunks[k - 2]!.start] === ',';
}
