/**
 * Stage of an arms transfer (offered < requested < agreed < in_transit <
 * delivered < used) from the trigger's lemma, the nearest governing verb
 * before it, transit phrases after it, the event code, and the modality.
 */
import type { CodedEvent, Stage } from '../../core/event.js';
import { STAGES } from '../../core/event.js';
import type { Token } from '../../core/nlp.js';
import type { StageDict } from './types.js';
import type { Window } from './find.js';

/** A stage and the rule ids that decided it. */
export interface StageFound {
  stage: Stage | null;
  rules: string[];
}

const GOVERNOR_REACH = 5;
const TRANSIT_REACH = 12;
const COMPLEMENT_REACH = 4;
const CLAUSE_END = new Set([',', ';', ':', 'that', 'which', 'who']);

/** Default stage for the event's code, or undefined when the code carries no arms. */
export function codeStage(d: StageDict, code: string): { stage: Stage | null } | undefined {
  return d.codes.find((c) => code.startsWith(c.prefix));
}

function triggerStage(d: StageDict, tokens: readonly Token[], w: Window): { stage: Stage; lemma: string } | null {
  for (let i = w.te - 1; i >= w.ts; i--) {
    const t = tokens[i]!;
    const s = d.verbs.get(t.lemma) ?? d.verbs.get(t.norm);
    if (s) return { stage: s, lemma: t.lemma };
  }
  return null;
}

function governorStage(d: StageDict, tokens: readonly Token[], w: Window): { stage: Stage; lemma: string } | null {
  for (let i = w.ts - 1; i >= Math.max(w.lo, w.ts - GOVERNOR_REACH); i--) {
    const t = tokens[i]!;
    if (CLAUSE_END.has(t.norm)) return null;
    const s = d.governors.get(t.lemma) ?? d.governors.get(t.norm);
    if (s) return { stage: s, lemma: t.lemma };
  }
  return null;
}

/** A transfer verb just after the trigger ("denied sending arms", "accused of supplying"). */
function complementStage(d: StageDict, tokens: readonly Token[], w: Window): { stage: Stage; lemma: string } | null {
  for (let i = w.te; i < Math.min(w.hi, w.te + COMPLEMENT_REACH); i++) {
    const t = tokens[i]!;
    if (CLAUSE_END.has(t.norm)) return null;
    const s = t.pos === 'VERB' ? d.verbs.get(t.lemma) : undefined;
    if (s) return { stage: s, lemma: t.lemma };
  }
  return null;
}

function inTransit(d: StageDict, tokens: readonly Token[], w: Window): boolean {
  const end = Math.min(w.hi, w.te + TRANSIT_REACH);
  for (let i = w.te; i < end; i++) {
    for (const p of d.transit) {
      if (p.every((word, k) => i + k < end && tokens[i + k]!.norm === word)) return true;
    }
  }
  return false;
}

const rank = (s: Stage) => STAGES.indexOf(s);

/** The stage of one arms event. Negated events keep the stage of their verb: the watch decides. */
export function findStage(d: StageDict, tokens: readonly Token[], e: CodedEvent, w: Window): StageFound {
  const rules: string[] = [];
  const byCode = codeStage(d, e.code)?.stage ?? null;
  const verb = triggerStage(d, tokens, w);
  const gov = governorStage(d, tokens, w);
  let stage: Stage | null = null;
  if (gov) { stage = gov.stage; rules.push(`arms:stage:governor:${gov.lemma}`); }
  else if (verb) { stage = verb.stage; rules.push(`arms:stage:verb:${verb.lemma}`); }
  else {
    const comp = complementStage(d, tokens, w);
    if (comp) { stage = comp.stage; rules.push(`arms:stage:complement:${comp.lemma}`); }
  }
  if (stage && stage !== 'used' && stage !== 'in_transit' && inTransit(d, tokens, w)) {
    // "sent ... now on their way": sent but not yet arrived.
    stage = 'in_transit';
    rules.push('arms:stage:transit-phrase');
  }
  if (byCode === 'requested' || (byCode && !stage)) {
    // A request code is a request whatever the verb ("asked for the delivery").
    stage = byCode;
    rules.push(`arms:stage:code:${e.code}`);
  } else if (byCode === 'offered' && stage && rank(stage) > rank('agreed')) {
    stage = 'agreed';
    rules.push(`arms:stage:code-cap:${e.code}`);
  }
  if (!stage && e.modality === 'future') {
    // "another military aid package" announced: planned, so agreed.
    stage = 'agreed';
    rules.push('arms:stage:default-future');
  }
  if ((e.modality === 'future' || e.modality === 'conditional') && stage && rank(stage) > rank('agreed')) {
    // A pledged or conditional delivery has not happened: at most agreed.
    stage = 'agreed';
    rules.push(`arms:stage:cap-${e.modality}`);
  }
  return { stage, rules };
}
