import type { Result } from '../../core/result.js';
import { ok } from '../../core/result.js';
import type { CodedEvent } from '../../core/event.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import { toArticle } from '../../ingest/article.js';
import { classifyPair } from '../../coding/index.js';
import { runEval, formatReport } from '../../eval/index.js';

/** Codes a gold passage exactly as `ingest` would, without a store. */
function extractor(pipeline: DefaultPipeline) {
  return (p: { id: string; text: string; published: string | null }): CodedEvent[] => {
    const art = toArticle({ text: p.text, published: p.published, externalId: p.id, origin: p.id });
    if (!art.ok) return [];
    const doc = pipeline.process(art.value);
    return doc.ok ? doc.value.events : [];
  };
}

/** `dyadwatch eval FILE [--json]`: scores the extractor on a gold file of FORMAT.md. */
export function evalCommand(pipeline: DefaultPipeline, path: string, json: boolean): Result<string> {
  const extract = extractor(pipeline);
  const r = runEval(path, {
    extract,
    classifyPair: (text, source, target) => {
      const art = toArticle({ text, origin: 'pair' });
      if (!art.ok) return null;
      const doc = pipeline.process(art.value);
      return doc.ok ? classifyPair(doc.value, source, target) : null;
    },
  });
  if (!r.ok) return r;
  // Flawed gold lines and extractor crashes are reported, not hidden in a count.
  return ok(formatReport(r.value, json), r.warnings);
}
