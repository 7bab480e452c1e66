/**
 * Scores a pair-format gold file (FORMAT.md, "The pair format"): the PLOVER
 * type given both actor spans, and the share of gold pairs found end to end.
 */
import type { Span } from '../core/span.js';
import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import type { Extractor, FoundPair, GoldPair, PairClassifier, PairExtractor, PairLearning } from './types.js';

/** The 15 PLOVER types of the PLV data (Hu et al., ACL 2024) that macro-F1 averages over. */
export const PLV_TYPES = [
  'AGREE', 'ACCUSE', 'AID', 'ASSAULT', 'COERCE', 'CONSULT', 'COOPERATE', 'MOBILIZE', 'PROTEST',
  'REJECT', 'REQUEST', 'SANCTION', 'SUPPORT', 'THREATEN', 'YIELD',
] as const;

/** One row of the per-type table. */
export interface TypeRow {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
  f1: number;
}

/** Accuracy and macro-F1 of given-pair predictions. */
export interface GivenPair {
  accuracy: number | null;
  macro_f1: number | null;
}

/** Every figure of a pair-file evaluation. */
export interface PairScores {
  pairs: number;
  given_pair: GivenPair;
  /** True when the classifier was trained on this very file: `given_pair` is then an in-sample figure. */
  given_pair_in_sample: boolean;
  /** With a learned classifier: the recipe's figure when each pair is classified by a model trained on other folds only. */
  given_pair_cv: (GivenPair & { folds: number }) | null;
  /** Typed pairs emitted per sentence end to end: recall bought with many guesses would show here. */
  end_to_end_per_sentence: number | null;
  /** With a learned classifier: end-to-end recall when each sentence's pairs are typed by the model of its fold. */
  end_to_end_recall_cv: number | null;
  end_to_end_recall: number | null;
  /** Types in the macro average, sorted by name. */
  perType: TypeRow[];
}

/** True when two half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Per-type rows over the 15 PLV types plus any other type the gold uses.
 * A type with neither gold nor prediction has no row, so it is left out of
 * the macro average; a prediction outside those types (or null) counts
 * only as a miss of the gold type.
 */
export function typeRows(gold: readonly string[], predicted: readonly (string | null)[]): TypeRow[] {
  const labels = new Set<string>([...PLV_TYPES, ...gold]);
  const rows: TypeRow[] = [];
  for (const type of [...labels].sort()) {
    let g = 0;
    let p = 0;
    let c = 0;
    gold.forEach((t, i) => {
      if (t === type) g++;
      if (predicted[i] === type) p++;
      if (t === type && predicted[i] === type) c++;
    });
    if (g === 0 && p === 0) continue;
    // 2c/(g+p) is F1; it is 0, not undefined, when a type was predicted or gold but never right.
    rows.push({ type, gold: g, predicted: p, correct: c, precision: p ? c / p : null, recall: g ? c / g : null, f1: (2 * c) / (g + p) });
  }
  return rows;
}

/** Accuracy and macro-F1 (over the types of `typeRows`) of predictions against gold. */
export function givenPairFigures(gold: readonly string[], predicted: readonly (string | null)[]): GivenPair & { perType: TypeRow[] } {
  const correct = predicted.filter((t, i) => t === gold[i]).length;
  const perType = typeRows(gold, predicted);
  const macro = perType.length ? perType.reduce((s, r) => s + r.f1, 0) / perType.length : null;
  return { accuracy: gold.length ? correct / gold.length : null, macro_f1: macro, perType };
}

function withoutRows(f: GivenPair & { perType: TypeRow[] }): GivenPair {
  return { accuracy: f.accuracy, macro_f1: f.macro_f1 };
}

/** Calls the classifier; a thrown error is a bug reported as E907, scored as no answer. */
function classifySafely(classify: PairClassifier, pair: GoldPair, warnings: Issue[]): string | null {
  try {
    return classify(pair.text, { start: pair.source.start, end: pair.source.end }, { start: pair.target.start, end: pair.target.end });
  } catch (e) {
    warnings.push(issue('E907', { stage: 'pair classifier', id: pair.id, detail: e instanceof Error ? e.message : String(e) }, pair.id));
    return null;
  }
}

/**
 * Runs the extractor once per distinct sentence (several gold pairs can
 * share one) and returns the events by sentence key.
 */
function extractSentences(pairs: readonly GoldPair[], extract: PairExtractor, warnings: Issue[]): Map<string, FoundPair[]> {
  const out = new Map<string, FoundPair[]>();
  for (const pair of pairs) {
    const key = sentenceKey(pair);
    if (out.has(key)) continue;
    try {
      out.set(key, extract({ id: pair.sentence_id ?? pair.id, text: pair.text, published: null }));
    } catch (e) {
      warnings.push(issue('E907', { stage: 'extractor', id: pair.id, detail: e instanceof Error ? e.message : String(e) }, pair.id));
      out.set(key, []);
    }
  }
  return out;
}

/** Lines with the same sentence id (or, without one, the same text) are one sentence. */
function sentenceKey(pair: GoldPair): string {
  return pair.sentence_id !== null ? `id:${pair.sentence_id}` : `text:${pair.text}`;
}

/** FORMAT.md end-to-end condition: directed span overlap and the same PLOVER type. */
export function pairFound(pair: GoldPair, events: readonly FoundPair[]): boolean {
  return events.some(
    (e) =>
      e.plover === pair.plover &&
      e.sourceSpan !== null && e.sourceSpan !== undefined && overlaps(e.sourceSpan, pair.source) &&
      e.targetSpan !== null && e.targetSpan !== undefined && overlaps(e.targetSpan, pair.target),
  );
}

/** Scores the pair classifier (given pair) and the extractor (end to end) on a pair-format gold file. */
export function scorePairs(
  pairs: readonly GoldPair[],
  deps: { extract: Extractor; extractPairs?: PairExtractor; classifyPair: PairClassifier; pairLearning?: PairLearning },
): { scores: PairScores; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const gold = pairs.map((p) => p.plover);
  const predicted = pairs.map((p) => classifySafely(deps.classifyPair, p, warnings));
  const { perType, ...given } = givenPairFigures(gold, predicted);
  const learning = deps.pairLearning;
  const folded = learning && pairs.length ? learning.crossValidate(pairs) : null;
  const cv = learning && folded ? { ...withoutRows(givenPairFigures(gold, folded.predicted)), folds: learning.folds } : null;

  const events = extractSentences(pairs, deps.extractPairs ?? deps.extract, warnings);
  const found = pairs.filter((p) => pairFound(p, events.get(sentenceKey(p)) ?? [])).length;

  const n = pairs.length;
  const scores: PairScores = {
    pairs: n,
    given_pair: given,
    given_pair_in_sample: learning ? learning.trainedOn(pairs) : false,
    given_pair_cv: cv,
    end_to_end_recall: n ? found / n : null,
    end_to_end_per_sentence: events.size ? [...events.values()].reduce((k, e) => k + e.length, 0) / events.size : null,
    end_to_end_recall_cv: folded && n ? pairs.filter((p, i) => pairFound(p, folded.found[i] ?? [])).length / n : null,
    perType,
  };
  return { scores, warnings };
}
