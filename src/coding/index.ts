/**
 * The event coder: CAMEO/PLOVER events from the clause structure around
 * dictionary triggers. Public API: dictionary loading, the pipeline
 * component, and the PLOVER pair classifier used by `eval`.
 */
import type { Component, Doc } from '../core/doc.js';
import type { PloverType } from '../core/event.js';
import type { Span } from '../core/span.js';
import { codeDoc } from './coder.js';
import { toCodedEvents } from './event.js';
import type { CodingDict } from './types.js';

export { loadCodingDictionaries, parsePatterns, buildDict } from './dict.js';
export { classifyPair, classifyPairText, ruleAnswer } from './pair.js';
export type { RuleAnswer } from './pair.js';
export { loadPairModel, parsePairModel, serializePairModel, PAIR_MODEL_FILE } from './learn/pair-model.js';
export type { PairModel, TrainedOn } from './learn/pair-model.js';
export { pairCases, crossValidatePairs, foldPairModels, trainPairModel, fingerprintPairs } from './learn/pair-data.js';
export type { LabelledPair, PairCase } from './learn/pair-data.js';
export { DEFAULT_TRAIN, predict } from './learn/perceptron.js';
export { extractOpenPairs, openDoc } from './open-pairs.js';
export type { PairEvent, PairLabeler } from './open-pairs.js';
export type { TrainOptions } from './learn/perceptron.js';
export { candidateSentences } from './candidates.js';
export type { CodingDict, CameoEntry, VerbPattern, Slot, Lexicon } from './types.js';

/**
 * The coding component: requires sentences, tokens, POS and actor mentions;
 * assigns events. Triggers inside the dateline are not coded.
 */
export function createCodingComponent(dict: CodingDict): Component {
  return {
    name: 'coding',
    requires: ['sentences', 'tokens', 'pos', 'mentions'],
    assigns: ['events'],
    run(doc: Doc, ctx) {
      const skip: Span | null = doc.article.dateline?.span ?? null;
      const raw = codeDoc(doc, dict, skip);
      doc.events = toCodedEvents(raw, doc.article.id, dict, ctx.dictVersion);
    },
  };
}

/** PLOVER type of a CAMEO code per the table, or null. */
export function ploverOf(dict: CodingDict, code: string): PloverType | null {
  return dict.cameo.get(code)?.plover ?? null;
}
