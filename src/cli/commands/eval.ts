import type { Result } from '../../core/result.js';
import { ok } from '../../core/result.js';
import type { CodedEvent } from '../../core/event.js';
import type { Doc } from '../../core/doc.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import { toArticle } from '../../ingest/article.js';
import { classifyPair } from '../../coding/index.js';
import type { PairModel } from '../../coding/index.js';
import { extractOpenPairs, fingerprintPairs, foldPairModels, pairCases, predict } from '../../coding/index.js';
import { runEval, formatReport } from '../../eval/index.js';
import type { FoundPair, PairLearning } from '../../eval/index.js';

/** Folds of the cross-validated given-pair figure (the same as `npm run train:pairs`). */
export const PAIR_FOLDS = 10;

/** Codes a gold passage exactly as `ingest` would, without a store. */
function extractor(pipeline: DefaultPipeline) {
  return (p: { id: string; text: string; published: string | null }): CodedEvent[] => {
    const art = toArticle({ text: p.text, published: p.published, externalId: p.id, origin: p.id });
    if (!art.ok) return [];
    const doc = pipeline.process(art.value);
    return doc.ok ? doc.value.events : [];
  };
}

/**
 * Codes a pair's sentence as the pair classifier sees it. The docs are kept
 * for the one evaluation (the given-pair run and the cross-validation code
 * each sentence once), never beyond it.
 */
export function pairDocs(pipeline: DefaultPipeline): (text: string) => Doc | null {
  const seen = new Map<string, Doc | null>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const art = toArticle({ text, origin: 'pair' });
    const doc = art.ok ? pipeline.process(art.value) : null;
    const out = doc?.ok ? doc.value : null;
    seen.set(text, out);
    return out;
  };
}

/** Pairs of any actors in a pair's sentence, typed by the classifier with `model` (rules alone without one). */
function pairsIn(pipeline: DefaultPipeline, doc: Doc, model: PairModel | null): FoundPair[] {
  const d = pipeline.dicts.coding;
  return extractOpenPairs(doc, d, (x, s, t) => classifyPair(x, s, t, d, model ?? undefined));
}

/**
 * The cross-validation of the model's recipe (features, options) on the
 * pairs being scored: each pair, and its sentence end to end, is handled by
 * a model trained on the other folds only.
 */
function learning(pipeline: DefaultPipeline, model: PairModel, docOf: (text: string) => Doc | null): PairLearning {
  const d = pipeline.dicts.coding;
  return {
    folds: PAIR_FOLDS,
    crossValidate: (pairs) => {
      const cases = pairCases(pairs, docOf, d);
      const models = foldPairModels(cases, PAIR_FOLDS, model.options, model.trainedOn);
      const predicted = cases.map((c, i) => predict(models[i]!.linear, c.features));
      const found = pairs.map((p, i) => {
        const doc = docOf(p.text);
        return doc ? pairsIn(pipeline, doc, models[i]!) : [];
      });
      return { predicted, found };
    },
    trainedOn: (pairs) => fingerprintPairs(pairs) === model.trainedOn.fingerprint,
  };
}

/**
 * `dyadwatch eval FILE [--json]`: scores the extractor on a gold file of
 * FORMAT.md. Pair files: pairs are classified by rules + model (rules alone
 * without a model), end to end the pairs of any actors are found
 * (src/coding/open-pairs.ts), and with a model the recipe's cross-validated
 * figures are reported beside the others.
 */
export function evalCommand(pipeline: DefaultPipeline, path: string, json: boolean, model: PairModel | null = null): Result<string> {
  const extract = extractor(pipeline);
  const docOf = pairDocs(pipeline);
  const r = runEval(path, {
    extract,
    extractPairs: (p) => {
      const doc = docOf(p.text);
      return doc ? pairsIn(pipeline, doc, model) : [];
    },
    classifyPair: (text, source, target) => {
      const doc = docOf(text);
      return doc ? classifyPair(doc, source, target, pipeline.dicts.coding, model ?? undefined) : null;
    },
    ...(model ? { pairLearning: learning(pipeline, model, docOf) } : {}),
  });
  if (!r.ok) return r;
  // Flawed gold lines and extractor crashes are reported, not hidden in a count.
  return ok(formatReport(r.value, json), r.warnings);
}
