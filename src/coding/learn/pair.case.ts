/**
 * Test helper for the pair classifier: a sentence coded by the default
 * pipeline (built once per test file) and the spans of two phrases in it.
 */
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { makeConfig } from '../../config.js';
import { buildDefaultPipeline } from '../../pipeline/default.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import { toArticle } from '../../ingest/article.js';

/** The default pipeline, or a thrown error (tests only). */
export function testPipeline(): DefaultPipeline {
  const cfg = makeConfig({});
  if (!cfg.ok) throw new Error(cfg.issues.map((i) => i.message).join('\n'));
  const p = buildDefaultPipeline(cfg.value);
  if (!p.ok) throw new Error(p.issues.map((i) => i.message).join('\n'));
  return p.value;
}

/** `text` coded by `pipeline`. */
export function docOf(pipeline: DefaultPipeline, text: string): Doc {
  const art = toArticle({ text, origin: 'test' });
  if (!art.ok) throw new Error(art.issues.map((i) => i.message).join('\n'));
  const doc = pipeline.process(art.value);
  if (!doc.ok) throw new Error(doc.issues.map((i) => i.message).join('\n'));
  return doc.value;
}

/** The spans of the first occurrences of `a` and `b` in `text`. */
export function spansOf(text: string, a: string, b: string): { source: Span; target: Span } {
  const s = text.indexOf(a);
  const t = text.indexOf(b);
  if (s < 0 || t < 0) throw new Error(`"${a}" or "${b}" is not in the sentence`);
  return { source: { start: s, end: s + a.length }, target: { start: t, end: t + b.length } };
}

/** `text` coded by `pipeline`, with the spans of the first occurrences of `a` and `b`. */
export function pairIn(pipeline: DefaultPipeline, text: string, a: string, b: string): { doc: Doc; source: Span; target: Span } {
  return { doc: docOf(pipeline, text), ...spansOf(text, a, b) };
}
