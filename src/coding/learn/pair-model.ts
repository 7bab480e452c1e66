/**
 * The learned PLOVER pair model: an averaged perceptron over pair features
 * (features.ts), with what it was trained on. Stored as JSON with sorted
 * keys and rounded weights, so the same data and options give the same
 * bytes. The file holds feature names (lemmas, tags, classes) and weights,
 * never sentence text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Doc } from '../../core/doc.js';
import type { PloverType } from '../../core/event.js';
import { PLOVER_TYPES } from '../../core/event.js';
import type { Span } from '../../core/span.js';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { CodingDict } from '../types.js';
import type { RuleAnswer } from '../pair.js';
import { pairFeatures } from './features.js';
import { predict } from './perceptron.js';
import type { LinearModel, TrainOptions } from './perceptron.js';

/** The file name of the committed model under the models directory. */
export const PAIR_MODEL_FILE = 'plv-pairs.json';
const FORMAT = 'dyadwatch-pair-perceptron';
const VERSION = 1;

/** What a model was trained on: a name, the number of pairs and a fingerprint of their content. */
export interface TrainedOn {
  name: string;
  pairs: number;
  /** sha256 (first 16 hex digits) of the labelled pairs: tells `eval` when it scores the training data itself. */
  fingerprint: string;
}

/** A pair model ready to classify. */
export interface PairModel {
  linear: LinearModel;
  options: TrainOptions;
  trainedOn: TrainedOn;
}

/** The PLOVER type the model gives the pair, the rules' answer among its features. */
export function modelPair(model: PairModel, doc: Doc, source: Span, target: Span, d: CodingDict, rule: RuleAnswer): PloverType | null {
  // A model trained on nothing (an empty fold) leaves the rules' answer.
  return (predict(model.linear, pairFeatures(doc, source, target, d, rule)) as PloverType | null) ?? rule.plover;
}

/** Deterministic JSON: labels, options, provenance, then features sorted, each with its non-zero weights as [label index, weight] pairs. */
export function serializePairModel(model: PairModel): string {
  const { epochs, seed, minCount, shuffles } = model.options;
  const { name, pairs, fingerprint } = model.trainedOn;
  const head = JSON.stringify({
    format: FORMAT,
    version: VERSION,
    trainedOn: { name, pairs, fingerprint },
    options: { epochs, seed, minCount, shuffles },
    labels: model.linear.labels,
  });
  // One feature a line, sorted, so a retrained model diffs readably.
  const lines = [...model.linear.weights.keys()].sort().map((f) => {
    const row = [...model.linear.weights.get(f)!].flatMap((w, k) => (w !== 0 ? [k, w] : []));
    return `${JSON.stringify(f)}:${JSON.stringify(row)}`;
  });
  return `${head.slice(0, -1)},"features":{\n${lines.join(',\n')}\n}}\n`;
}

const FileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  trainedOn: z.object({ name: z.string(), pairs: z.number().int().min(0), fingerprint: z.string() }),
  options: z.object({ epochs: z.number().int().min(1), seed: z.number().int(), minCount: z.number().int().min(1), shuffles: z.number().int().min(1) }),
  labels: z.array(z.enum(PLOVER_TYPES)),
  features: z.record(z.string(), z.array(z.number())),
});

/** Parses a serialized model; `file` names it in messages (E407). */
export function parsePairModel(text: string, file: string): Result<PairModel> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(issue('E407', { file, detail: e instanceof Error ? e.message : String(e) }));
  }
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) return fail(issue('E407', { file, detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }));
  const { labels, features, options, trainedOn } = parsed.data;
  const weights = new Map<string, Float64Array>();
  for (const [f, pairs] of Object.entries(features)) {
    const row = new Float64Array(labels.length);
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const k = pairs[i]!;
      if (!Number.isInteger(k) || k < 0 || k >= labels.length) return fail(issue('E407', { file, detail: `feature ${f} names label ${k}` }));
      row[k] = pairs[i + 1]!;
    }
    weights.set(f, row);
  }
  return ok({ linear: { labels, weights }, options, trainedOn });
}

/** Reads the committed model from `dir` (the models directory). */
export function loadPairModel(dir: string): Result<PairModel> {
  const file = path.join(dir, PAIR_MODEL_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(issue('E407', { file, detail: e instanceof Error ? e.message : String(e) }));
  }
  return parsePairModel(text, file);
}
