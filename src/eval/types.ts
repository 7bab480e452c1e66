/**
 * The contracts the scorer codes against. The extractor and the pair
 * classifier are built elsewhere, so eval depends on function types only.
 */
import type { CodedEvent, Modality } from '../core/event.js';
import type { Span } from '../core/span.js';

/** Codes one passage: returns its events. */
export type Extractor = (passage: { id: string; text: string; published: string | null }) => CodedEvent[];

/**
 * Given a sentence and two actor spans (UTF-16 offsets), returns the PLOVER
 * type of the relation source→target, or null.
 */
export type PairClassifier = (text: string, source: Span, target: Span) => string | null;

/** A directed pair of mentions with a PLOVER type, as end-to-end pair scoring needs it (a CodedEvent is one). */
export interface FoundPair {
  plover: string | null;
  sourceSpan: Span | null;
  targetSpan: Span | null;
}

/** Finds the typed actor pairs of a passage, any actors (pair format, end to end). */
export type PairExtractor = (passage: { id: string; text: string; published: string | null }) => FoundPair[];

/**
 * A pair classifier that learned from labelled pairs. Its given-pair figure
 * on its own training data is in-sample, so eval also reports the recipe's
 * cross-validated figure.
 */
export interface PairLearning {
  /** Number of folds of `crossValidate`. */
  folds: number;
  /**
   * For each pair, by a model trained on the other folds only (folds by
   * sentence): the type it gives the pair, and the typed pairs it finds in
   * the pair's sentence end to end.
   */
  crossValidate(pairs: readonly GoldPair[]): { predicted: (string | null)[]; found: FoundPair[][] };
  /** True when the committed model was trained on exactly these pairs. */
  trainedOn(pairs: readonly GoldPair[]): boolean;
}

/** What `runEval` needs to score a file. */
export interface EvalDeps {
  extract: Extractor;
  classifyPair: PairClassifier;
  /** End to end on pair files, when given: pairs of any actors (else `extract`'s events are used). */
  extractPairs?: PairExtractor;
  /** Present when the pair classifier is learned: adds the cross-validated figure. */
  pairLearning?: PairLearning;
}

/** One gold event of the event format (FORMAT.md, "One line"). */
export interface GoldEvent {
  source: string;
  target: string | null;
  code: string;
  weapon: string | null;
  quantity: string | null;
  modality: Modality;
  hedged: boolean;
  claimant: string | null;
  reported_by: string | null;
}

/** One line of an event-format gold file. */
export interface GoldPassage {
  id: string;
  url: string | null;
  published: string | null;
  text: string;
  events: GoldEvent[];
  /** 1-based line in the file, for messages. */
  line: number;
}

/** An actor span of the pair format. */
export interface GoldSpan extends Span {
  text: string | null;
}

/** One line of a pair-format gold file (FORMAT.md, "The pair format"). */
export interface GoldPair {
  id: string;
  /** Lines that share a sentence share it; null when the file gives none. */
  sentence_id: string | null;
  text: string;
  source: GoldSpan;
  target: GoldSpan;
  plover: string;
  line: number;
}

/** A parsed gold file: its detected format and its valid lines. */
export type GoldFile =
  | {
      format: 'events';
      path: string;
      passages: GoldPassage[];
      /**
       * True when only source, target and code are gold judgements (the
       * petr2-gsr file): the other slots are defaults and are not scored.
       */
      codesOnly: boolean;
    }
  | { format: 'pairs'; path: string; pairs: GoldPair[] };
