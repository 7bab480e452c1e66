import { readConllu, type ConlluSentence } from './conllu.js';
import { tagAndParse, type ParsedSentence } from './parse.js';
import type { ParserModel } from './model.js';

/** Attachment and tagging scores over all words, punctuation included (CoNLL 2018). */
export interface ParseScores {
  sentences: number;
  tokens: number;
  upos: number;
  uas: number;
  /** Labelled attachment on the universal relation (subtype after ':' stripped). */
  las: number;
  /** Labelled attachment on the full relation, subtypes included. */
  las_full: number;
}

const universal = (r: string) => r.split(':')[0]!;

/** Scores predicted sentences against gold ones (same words). */
export function scoreParses(gold: readonly ConlluSentence[], pred: readonly ParsedSentence[]): ParseScores {
  let tokens = 0, upos = 0, uas = 0, las = 0, full = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = pred[s]!;
    for (let i = 0; i < g.forms.length; i++) {
      tokens++;
      if (g.upos[i] === p.upos[i]) upos++;
      if (g.head[i] === p.head[i]) {
        uas++;
        if (universal(g.deprel[i]!) === universal(p.deprel[i]!)) las++;
        if (g.deprel[i] === p.deprel[i]) full++;
      }
    }
  }
  const r = (x: number) => (tokens ? Math.round((x / tokens) * 10000) / 10000 : 0);
  return { sentences: gold.length, tokens, upos: r(upos), uas: r(uas), las: r(las), las_full: r(full) };
}

/**
 * Tags and parses a CoNLL-U file's gold words with the model and scores
 * the result. tokens_per_s times tagging and parsing only (one thread,
 * wall clock); tokens_per_cpu_s divides by the CPU time spent instead,
 * which stays meaningful on a busy machine.
 */
export function evaluateConllu(model: ParserModel, path: string): ParseScores & { tokens_per_s: number; tokens_per_cpu_s: number } {
  const gold = readConllu(path);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const pred = gold.map((s) => tagAndParse(model, s.forms));
  const cpu = process.cpuUsage(c0);
  const secs = (performance.now() - t0) / 1000;
  const scores = scoreParses(gold, pred);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  return { ...scores, tokens_per_s: Math.round(scores.tokens / Math.max(secs, 1e-9)), tokens_per_cpu_s: Math.round(scores.tokens / Math.max(cpuSecs, 1e-9)) };
}
