/**
 * `dyadwatch eval FILE [--json]`: reads a gold file of either FORMAT.md
 * format and scores the extractor (and, for pair files, the pair classifier)
 * against it. The CLI calls `runEval` then `formatReport`.
 */
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { readGold, type GoldOptions } from './gold.js';
import { scoreEvents } from './score-events.js';
import { scorePairs } from './score-pairs.js';
import type { EvalReport } from './report.js';
import type { EvalDeps, GoldFile } from './types.js';

export type { Extractor, PairExtractor, FoundPair, PairClassifier, PairLearning, EvalDeps, GoldFile, GoldEvent, GoldPassage, GoldPair, GoldSpan } from './types.js';
export type { EvalReport, EventJson, PairJson } from './report.js';
export type { EventScores, PRF, RootRow, MissedExample } from './score-events.js';
export type { PairScores, TypeRow, GivenPair } from './score-pairs.js';
export { formatReport, toJson } from './report.js';
export { parseGold, readGold } from './gold.js';
export { scoreEvents, matchPassage, eventsMatch } from './score-events.js';
export { scorePairs, givenPairFigures, PLV_TYPES } from './score-pairs.js';

/** Options of `runEval`. */
export interface EvalOptions extends GoldOptions {
  /** How many worst-missed passages the human view lists (default 5). */
  worst?: number;
}

/** Scores an already parsed gold file; warnings of parsing and scoring are merged into the report. */
export function evaluate(file: GoldFile, deps: EvalDeps, options: EvalOptions = {}): EvalReport {
  if (file.format === 'pairs') {
    const { scores, warnings } = scorePairs(file.pairs, deps);
    return { kind: 'pairs', path: file.path, scores, warnings };
  }
  const codesOnly = options.codesOnly ?? file.codesOnly;
  const worst = options.worst ?? 5;
  const { scores, warnings } = scoreEvents(file.passages, deps.extract, { codesOnly, worst });
  return { kind: 'events', path: file.path, scores, warnings };
}

/**
 * Reads the gold file at `path`, detects its format and scores it.
 * Fails with E905 (nothing scorable) or E906 (unreadable); skipped lines
 * (E904), kept-but-flawed lines (E908) and extractor crashes (E907) are
 * in `report.warnings` and in the Result's warnings.
 */
export function runEval(path: string, deps: EvalDeps, options: EvalOptions = {}): Result<EvalReport> {
  const gold = readGold(path, options);
  if (!gold.ok) return gold;
  const report = evaluate(gold.value, deps, options);
  report.warnings = [...(gold.warnings ?? []), ...report.warnings];
  return ok(report, report.warnings);
}
