/**
 * dyadwatch's own UPOS tagger and labelled dependency parser (Universal
 * Dependencies), trained on UD English EWT by scripts/train-parser.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Result, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import { loadModel, type ParserModel } from './model.js';

export type { ParserModel } from './model.js';
export { saveModel } from './model.js';
export { tagAndParse, parseGold, type ParsedSentence } from './parse.js';
export { evaluateConllu, scoreParses, type ParseScores } from './evaluate.js';
export { readConllu, parseConllu, writeConllu, type ConlluSentence } from './conllu.js';

/** The committed model: <package root>/models/en-ewt.parser.bin (from src/ or dist/). */
export function defaultParserModelPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'en-ewt.parser.bin');
}

/** Loads a model from bytes (views, no copy; a SharedArrayBuffer-backed array works). */
export function loadParserModel(bytes: Uint8Array): Result<ParserModel> {
  return loadModel(bytes);
}

/** Reads and loads a model file (default: the committed EWT model). */
export function readParserModelFile(path: string = defaultParserModelPath()): Result<ParserModel> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail(issue('E210', { path, detail: (e as Error).message }, path));
  }
  return loadModel(bytes, path);
}
