import type { Result } from '../../core/result.js';
import { ok } from '../../core/result.js';
import type { CodedEvent } from '../../core/event.js';
import type { Doc } from '../../core/doc.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import { toArticle } from '../../ingest/article.js';
import { classifyPair } from '../../coding/index.js';
import type { PairModel } from '../../coding/index.js';
import { crossValidatePairs, fingerprintPairs, pairCases } from '../../coding/index.js';
import { runEval, formatReport } from '../../eval/index.js';
import type { PairLearning } from '../../eval/index.js';

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

/** The cross-validation of the model's recipe (features, options) on the pairs being scored. */
function learning(pipeline: DefaultPipeline, model: PairModel, docOf: (text: string) => Doc | null): PairLearning {
  return {
    folds: PAIR_FOLDS,
    crossValidate: (pairs) => crossValidatePairs(pairCases(pairs, docOf, pipeline.dicts.coding), PAIR_FOLDS, model.options),
    trainedOn: (pairs) => fingerprintPairs(pairs) === model.trainedOn.fingerprint,
  };
}

/**
 * `dyadwatch eval FILE [--json]`: scores the extractor on a gold file of
 * FORMAT.md. With a pair model, pairs are classified by rules + model and
 * the recipe's cross-validated figure is reported beside the given-pair one.
 */
export function evalCommand(pipeline: DefaultPipeline, path: string, json: boolean, model: PairModel | null = null): Result<string> {
  const extract = extractor(pipeline);
  const docOf = pairDocs(pipeline);
  const r = runEval(path, {
    extract,
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
