/**
 * Turns raw events into CodedEvents: CAMEO table lookup, stable ids, the
 * empty arms and claim slots other stages fill, and de-duplication.
 */
import { createHash } from 'node:crypto';
import type { CodedEvent, Modality, PloverType } from '../core/event.js';
import type { RawEvent } from './coder.js';
import type { CodingDict } from './types.js';

/** Stable id: sha1 of article, sentence, trigger start, code, source, target and modality. */
export function eventId(articleId: string, e: RawEvent): string {
  const key = [articleId, e.sentence, e.trigger.start, e.code, e.source.state, e.target.state, e.modality].join('|');
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}

/** Cooperative types whose planned form is an intent to cooperate (PLOVER AGREE; CAMEO 03). */
export const INTENT_TYPES = new Set<PloverType>(['CONSULT', 'AID', 'COOPERATE', 'YIELD']);

/** PLOVER type of an event: a planned meeting, aid or concession ("will meet", "offered to send") is AGREE. */
export function ploverFor(plover: PloverType | null, modality: Modality): PloverType | null {
  return plover && modality === 'future' && INTENT_TYPES.has(plover) ? 'AGREE' : plover;
}

/** Builds the CodedEvents of a doc, emitting each (sentence, code, source, target, modality) once. */
export function toCodedEvents(raw: RawEvent[], articleId: string, dict: CodingDict, dictVersion: string): CodedEvent[] {
  const seen = new Set<string>();
  const out: CodedEvent[] = [];
  for (const e of raw) {
    // Two transfers of one sentence ("provided drones ... and helped set up production") may differ in what they
    // transfer: they stay apart here, and the arms component merges those that turn out to transfer the same.
    const key = [e.sentence, e.code, e.source.state, e.target.state, e.modality, e.code === '072' ? e.trigger.start : ''].join('|');
    if (seen.has(key) || e.source.state === e.target.state) continue;
    seen.add(key);
    const entry = dict.cameo.get(e.code) ?? dict.cameo.get(e.code.slice(0, 3)) ?? dict.cameo.get(e.code.slice(0, 2));
    if (!entry) continue; // unreachable: codes are checked against the table when dictionaries load
    out.push({
      id: eventId(articleId, e),
      articleId,
      sentence: e.sentence,
      code: e.code,
      root: e.code.slice(0, 2),
      plover: ploverFor(entry.plover, e.modality),
      goldstein: entry.goldstein,
      quadClass: entry.quad,
      source: e.source.state,
      target: e.target.state,
      sourceActor: e.source.actor,
      targetActor: e.target.actor,
      trigger: e.trigger,
      sourceSpan: e.source.span,
      targetSpan: e.target.span,
      modality: e.modality,
      hedged: e.hedged,
      cueSpans: e.cues,
      weapon: null, system: null, maker: null, quantity: null, quantityMin: null, quantityMax: null,
      stage: null, weaponSpan: null, quantitySpan: null,
      claimant: null, reportedBy: null, chain: [], date: null, datePrecision: 'unknown', dateSource: null, history: false, claimId: null,
      rules: e.rules,
      dictVersion,
    });
  }
  return out;
}
