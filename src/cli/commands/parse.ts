import { existsSync } from 'node:fs';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { Issue } from '../../core/result.js';
import type { Tokenized } from '../../nlp/parse.js';
import { parseSentences } from '../../nlp/parse.js';
import { annotate } from '../../nlp/wink.js';
import type { WinkNlp } from '../../nlp/wink.js';
import { toConllu } from '../../nlp/conllu.js';
import { formatTree } from '../../nlp/treeview.js';
import type { Span } from '../../core/span.js';
import { evaluateConllu, tagAndParse } from '../../nlp/parser/index.js';
import type { ParserModel } from '../../nlp/parser/index.js';
import { readInputs } from '../../ingest/index.js';
import type { ReadOptions } from '../../ingest/index.js';
import { toArticle } from '../../ingest/article.js';

/** A text tokenized by wink and every one of its sentences parsed (not only the candidates). */
export function parseText(nlp: WinkNlp, model: ParserModel, text: string): Tokenized & { trees: ReturnType<typeof parseSentences> } {
  const { tokens, sentences } = annotate(nlp, text);
  const doc = { text, tokens, sentences };
  return { ...doc, trees: parseSentences(doc, (forms) => tagAndParse(model, forms), sentences.map((s) => s.index)) };
}

/**
 * `dyadwatch parse FILE|-`: CoNLL-U of every article read from the paths
 * (any input `ingest` reads), on wink's tokens; offsets are into the article
 * text as dyadwatch stores it. sent_id is ARTICLE-SENTENCE, both from 1.
 */
export async function parseFilesCommand(nlp: WinkNlp, model: ParserModel, paths: string[], out: (s: string) => void, opts: ReadOptions = {}): Promise<Issue[]> {
  const issues: Issue[] = [];
  let k = 0;
  for await (const item of readInputs(paths, opts)) {
    if (item.kind === 'skip') {
      issues.push(item.issue);
      continue;
    }
    const a = toArticle(item.raw);
    if (!a.ok) {
      issues.push(...a.issues);
      continue;
    }
    const p = parseText(nlp, model, a.value.text);
    out(toConllu(p, p.trees, String(++k)));
  }
  return issues;
}

/** The figures `parse --eval` reports, exactly these keys (CI floors read them). */
export interface EvalFigures {
  sentences: number;
  tokens: number;
  upos: number;
  uas: number;
  las: number;
  tokens_per_s: number;
}

/** `dyadwatch parse --eval FILE.conllu[.gz] [--json]`: gold words in, predicted tags and trees scored. */
export function parseEvalCommand(model: ParserModel, path: string, json: boolean): Result<string> {
  if (!existsSync(path)) return fail(issue('E911', { path, detail: 'no such file' }));
  let r: EvalFigures;
  let cpu: number;
  try {
    const e = evaluateConllu(model, path);
    r = { sentences: e.sentences, tokens: e.tokens, upos: e.upos, uas: e.uas, las: e.las, tokens_per_s: e.tokens_per_s };
    cpu = e.tokens_per_cpu_s;
  } catch (e) {
    return fail(issue('E911', { path, detail: e instanceof Error ? e.message : String(e) }));
  }
  if (json) return ok(JSON.stringify(r));
  return ok(
    [
      `treebank     ${path}`,
      `model        ${model.version} (${(model.bytes / 1e6).toFixed(1)} MB)`,
      `sentences    ${r.sentences}`,
      `tokens       ${r.tokens} (gold tokenization)`,
      `UPOS         ${r.upos}`,
      `UAS          ${r.uas}`,
      `LAS          ${r.las}`,
      `speed        ${r.tokens_per_s} tokens/s (one thread, tagging and parsing; ${cpu} per CPU second)`,
    ].join('\n'),
  );
}

/**
 * The evidence sentence's tree for `dyadwatch show`: the stored sentence
 * re-tokenized and re-parsed (deterministic: the same model gives the same
 * tree), as one tree even if wink would split it, with the trigger, source
 * and target tokens marked as in the sentence line above it.
 */
export function evidenceTree(nlp: WinkNlp, model: ParserModel, ev: { sentence: { text: string; start: number }; event: { trigger: Span; sourceSpan: Span | null; targetSpan: Span | null } }): string[] {
  const { tokens } = annotate(nlp, ev.sentence.text);
  const whole = tokens.length ? [{ index: 0, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 }] : [];
  const doc = { text: ev.sentence.text, tokens, sentences: whole };
  const trees = parseSentences(doc, (forms) => tagAndParse(model, forms), whole.map((s) => s.index));
  const marks = new Map<number, string>();
  const e = ev.event;
  const off = ev.sentence.start;
  tokens.forEach((t, i) => {
    const hit = (s: Span | null) => s !== null && t.start + off < s.end && t.end + off > s.start;
    const m = [hit(e.trigger) && '{trigger}', hit(e.sourceSpan) && '[source]', hit(e.targetSpan) && '<target>'].filter(Boolean).join(' ');
    if (m) marks.set(i, m);
  });
  return [`tree      (${model.version}; token #, parser UPOS, UD relation to the head above)`, ...formatTree(doc, trees, 0, tokens.length, marks).map((l) => `  ${l}`)];
}
