/**
 * Test support: complete CodedEvents from a few fields, and extractors that
 * answer from a table. Used by the eval tests and handy for scoring
 * experiments without the real pipeline.
 */
import type { CodedEvent } from '../core/event.js';
import type { Extractor } from './types.js';

/** A CodedEvent with neutral defaults; `code` also sets `root`. */
export function fakeEvent(fields: Partial<CodedEvent> & { code: string }): CodedEvent {
  return {
    id: `fake-${fields.code}`,
    articleId: 'fake',
    sentence: 0,
    root: fields.code.slice(0, 2),
    plover: null,
    goldstein: 0,
    quadClass: 1,
    source: null,
    target: null,
    sourceActor: null,
    targetActor: null,
    trigger: { start: 0, end: 0 },
    sourceSpan: null,
    targetSpan: null,
    modality: 'actual',
    hedged: false,
    cueSpans: [],
    claimant: null,
    reportedBy: null,
    chain: [],
    date: null,
    datePrecision: 'unknown',
    dateSource: null,
    history: false,
    claimId: null,
    rules: [],
    dictVersion: 'fake',
    weapon: null,
    system: null,
    maker: null,
    quantity: null,
    quantityMin: null,
    quantityMax: null,
    stage: null,
    weaponSpan: null,
    quantitySpan: null,
    ...fields,
  };
}

/** An extractor that returns the listed events for each passage id (none for other ids). */
export function tableExtractor(byId: Readonly<Record<string, ReadonlyArray<Partial<CodedEvent> & { code: string }>>>): Extractor {
  return (passage) => (byId[passage.id] ?? []).map(fakeEvent);
}
