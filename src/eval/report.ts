/**
 * The two views of an evaluation: `--json` (exactly the keys the brief and
 * CI rely on, nothing more) and a human view with aligned tables, per-root
 * rows and the worst-missed passages.
 */
import type { Issue } from '../core/result.js';
import type { EventScores } from './score-events.js';
import type { PairScores } from './score-pairs.js';

/** The outcome of `runEval` on one gold file. */
export type EvalReport =
  | { kind: 'events'; path: string; scores: EventScores; warnings: Issue[] }
  | { kind: 'pairs'; path: string; scores: PairScores; warnings: Issue[] };

/** `--json` object of an event file. */
export interface EventJson {
  passages: number;
  gold: number;
  predicted: number;
  root: { precision: number | null; recall: number | null; f1: number | null };
  code_agreement: number | null;
  weapon_agreement: number | null;
  modality_agreement: number | null;
  hedged_agreement: number | null;
  claimant_agreement: number | null;
}

/** `--json` object of a pair file. */
export interface PairJson {
  pairs: number;
  given_pair: { accuracy: number | null; macro_f1: number | null };
  given_pair_in_sample: boolean;
  given_pair_cv: { accuracy: number | null; macro_f1: number | null; folds: number } | null;
  end_to_end_recall: number | null;
  end_to_end_per_sentence: number | null;
  end_to_end_recall_cv: number | null;
}

/** CAMEO root names, so the per-root table reads without a codebook. */
const ROOT_NAMES: Readonly<Record<string, string>> = {
  '01': 'public statement', '02': 'appeal', '03': 'intend to cooperate', '04': 'consult',
  '05': 'diplomatic cooperation', '06': 'material cooperation', '07': 'provide aid', '08': 'yield',
  '09': 'investigate', '10': 'demand', '11': 'disapprove', '12': 'reject', '13': 'threaten',
  '14': 'protest', '15': 'force posture', '16': 'reduce relations', '17': 'coerce', '18': 'assault',
  '19': 'fight', '20': 'mass violence',
};

/** The machine-readable object: built key by key so no extra field leaks into it. */
export function toJson(report: EvalReport): EventJson | PairJson {
  if (report.kind === 'pairs') {
    const s = report.scores;
    return {
      pairs: s.pairs,
      given_pair: { accuracy: s.given_pair.accuracy, macro_f1: s.given_pair.macro_f1 },
      given_pair_in_sample: s.given_pair_in_sample,
      given_pair_cv: s.given_pair_cv ? { accuracy: s.given_pair_cv.accuracy, macro_f1: s.given_pair_cv.macro_f1, folds: s.given_pair_cv.folds } : null,
      end_to_end_recall: s.end_to_end_recall,
      end_to_end_per_sentence: s.end_to_end_per_sentence,
      end_to_end_recall_cv: s.end_to_end_recall_cv,
    };
  }
  const s = report.scores;
  return {
    passages: s.passages,
    gold: s.gold,
    predicted: s.predicted,
    root: { precision: s.root.precision, recall: s.root.recall, f1: s.root.f1 },
    code_agreement: s.code_agreement,
    weapon_agreement: s.weapon_agreement,
    modality_agreement: s.modality_agreement,
    hedged_agreement: s.hedged_agreement,
    claimant_agreement: s.claimant_agreement,
  };
}

/** Renders a report: the `--json` object (pretty-printed) or the human tables. */
export function formatReport(report: EvalReport, json: boolean): string {
  if (json) return JSON.stringify(toJson(report), null, 2);
  const body = report.kind === 'events' ? eventView(report.path, report.scores) : pairView(report.path, report.scores);
  return [...body, ...warningLines(report.warnings)].join('\n');
}

/** Three decimals; "-" for a figure that could not be scored. */
export function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

/**
 * Pads columns to one width. `align` has one letter a column, "l" or "r";
 * by default the first column is left-aligned and the rest (numbers) right.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: string): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const how = align ?? 'l' + 'r'.repeat(Math.max(0, header.length - 1));
  const cell = (text: string, c: number) => (how[c] === 'l' ? text.padEnd(widths[c]!) : text.padStart(widths[c]!));
  return all.map((r) => `  ${header.map((_, c) => cell(r[c] ?? '', c)).join('  ')}`.trimEnd());
}

/** One line of text, cut to `max` characters. */
export function truncate(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The first few items, then how many more: an article-level passage can miss dozens. */
function list(items: readonly string[], max = 8): string {
  const head = items.slice(0, max).join(', ');
  return items.length > max ? `${head}, … (+${items.length - max} more)` : head;
}

/** "1 passage", "2 passages". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function eventView(path: string, s: EventScores): string[] {
  const out = [`dyadwatch eval ${path}  (event format, ${count(s.passages, 'passage')}${s.codesOnly ? ', codes only' : ''})`, ''];
  out.push(...table(
    ['', 'gold', 'predicted', 'matched', 'precision', 'recall', 'f1'],
    [['all roots', String(s.gold), String(s.predicted), String(s.matched), fmt(s.root.precision), fmt(s.root.recall), fmt(s.root.f1)]],
  ));
  out.push('', ...table(['agreement over matches', ''], [
    ['whole code', fmt(s.code_agreement)],
    ['weapon (gold weapon set)', fmt(s.weapon_agreement)],
    ['modality', fmt(s.modality_agreement)],
    ['hedged', fmt(s.hedged_agreement)],
    ['claimant', fmt(s.claimant_agreement)],
  ]));
  if (s.codesOnly) out.push('  (codes-only gold: weapon, modality, hedged and claimant are not judgements; not scored)');
  out.push('', 'per root', ...table(
    ['root', 'name', 'gold', 'pred', 'matched', 'P', 'R', 'F1'],
    s.perRoot.map((r) => [r.root, ROOT_NAMES[r.root] ?? '?', String(r.gold), String(r.predicted), String(r.matched), fmt(r.precision), fmt(r.recall), fmt(r.f1)]),
    'llrrrrrr',
  ));
  out.push('', s.worstMissed.length ? 'worst missed' : 'worst missed: none (every gold event matched)');
  for (const ex of s.worstMissed) {
    out.push(`  ${ex.id}  missed ${ex.missed.length}, spurious ${ex.spurious.length}`);
    out.push(`    "${truncate(ex.text)}"`);
    out.push(`    missed:   ${list(ex.missed)}`);
    if (ex.spurious.length) out.push(`    spurious: ${list(ex.spurious)}`);
  }
  return out;
}

function pairView(path: string, s: PairScores): string[] {
  const out = [`dyadwatch eval ${path}  (pair format, ${count(s.pairs, 'pair')})`, ''];
  const seen = s.given_pair_in_sample ? ' (in-sample: trained on this file)' : '';
  const cv = s.given_pair_cv;
  out.push(...table(['', 'score'], [
    [`given pair: accuracy${seen}`, fmt(s.given_pair.accuracy)],
    [`given pair: macro-F1${seen}`, fmt(s.given_pair.macro_f1)],
    ...(cv ? [[`given pair, ${cv.folds}-fold cross-validated: accuracy`, fmt(cv.accuracy)], [`given pair, ${cv.folds}-fold cross-validated: macro-F1`, fmt(cv.macro_f1)]] : []),
    [`end to end: recall${seen}`, fmt(s.end_to_end_recall)],
    ...(cv ? [[`end to end, ${cv.folds}-fold cross-validated: recall`, fmt(s.end_to_end_recall_cv)]] : []),
    ['end to end: pairs emitted per sentence', fmt(s.end_to_end_per_sentence)],
  ]));
  out.push('', 'per type (given pair)', ...table(
    ['type', 'gold', 'pred', 'correct', 'P', 'R', 'F1'],
    s.perType.map((r) => [r.type, String(r.gold), String(r.predicted), String(r.correct), fmt(r.precision), fmt(r.recall), fmt(r.f1)]),
  ));
  return out;
}

/** A short count of coded warnings; the CLI prints the issues themselves. */
function warningLines(warnings: readonly Issue[]): string[] {
  if (!warnings.length) return [];
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const parts = [...counts].sort().map(([code, n]) => `${code} ×${n}`);
  return ['', `warnings: ${warnings.length} (${parts.join(', ')})`];
}
