import type { RawArticle } from '../core/article.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { StoreError } from '../store/store.js';
import { toArticle } from '../ingest/article.js';
import { readInputs } from '../ingest/read.js';
import type { Pipeline } from './pipeline.js';

/** What one batch did; printed as the one-line summary. */
export interface IngestSummary {
  /** Articles newly stored. */
  articles: number;
  /** Articles already in the store (same content hash): nothing added. */
  duplicates: number;
  sentences: number;
  events: number;
  skipped: Issue[];
}

/** Outcome of ingesting one article. */
export interface IngestOne {
  articleId: string;
  inserted: boolean;
  sentences: number;
  events: number;
}

/**
 * Ingests one raw article: normalize and hash, skip if stored, run the
 * pipeline, save in one transaction. Every failure is a value.
 */
export async function ingestRaw(pipeline: Pipeline, store: Store, raw: RawArticle): Promise<Result<IngestOne>> {
  const art = toArticle(raw);
  if (!art.ok) return art;
  const article = art.value;
  // Re-ingesting is idempotent and cheap: the hash decides before any NLP runs.
  if (await store.hasArticle(article.id)) return ok({ articleId: article.id, inserted: false, sentences: 0, events: 0 });
  const doc = pipeline.process(article);
  if (!doc.ok) return doc;
  try {
    const saved = await store.saveDoc(doc.value);
    return ok({ articleId: article.id, inserted: saved.inserted, sentences: saved.sentences, events: saved.events });
  } catch (e) {
    // The store rolls back and says why; anything else is wrapped the same way.
    if (e instanceof StoreError) return fail({ ...e.issue, where: raw.origin });
    return fail(issue('E604', { article: raw.origin, detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** Progress callbacks, so the CLI can draw a bar without this module knowing about terminals. */
export interface IngestHooks {
  onArticle?(summary: IngestSummary): void;
  onSkip?(issue: Issue): void;
  onWarning?(issue: Issue): void;
}

/** Ingests files, directories or stdin ("-"); one broken article never stops the batch. */
export async function ingestPaths(
  pipeline: Pipeline,
  store: Store,
  paths: string[],
  hooks: IngestHooks = {},
  stdin?: NodeJS.ReadableStream,
): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, duplicates: 0, sentences: 0, events: 0, skipped: [] };
  const skip = (i: Issue) => {
    summary.skipped.push(i);
    hooks.onSkip?.(i);
  };
  for await (const item of readInputs(paths, stdin ? { stdin } : undefined)) {
    if (item.kind === 'skip') {
      skip(item.issue);
      continue;
    }
    // Warnings (a dropped bad date, an HTML fallback) are shown but do not skip the article.
    for (const w of item.warnings ?? []) hooks.onWarning?.({ ...w, where: w.where ?? item.raw.origin });
    const r = await ingestRaw(pipeline, store, item.raw);
    if (!r.ok) {
      for (const i of r.issues) skip({ ...i, where: i.where ?? item.raw.origin });
    } else if (r.value.inserted) {
      summary.articles++;
      summary.sentences += r.value.sentences;
      summary.events += r.value.events;
    } else {
      summary.duplicates++;
    }
    hooks.onArticle?.(summary);
  }
  return summary;
}

/** The one-line summary printed at the end of a batch, then one line per skip reason. */
export function formatSummary(s: IngestSummary): string {
  const head =
    `ingested ${s.articles} articles (${s.duplicates} already stored), ` +
    `${s.sentences} sentences, ${s.events} events; skipped ${s.skipped.length}`;
  const byCode = new Map<string, number>();
  for (const i of s.skipped) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
  const reasons = [...byCode].map(([c, n]) => `${c}×${n}`).join(', ');
  return reasons ? `${head} (${reasons})` : head;
}
