import type { Article, RawArticle } from '../core/article.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import type { Doc } from '../core/doc.js';
import type { SaveOutcome, Store } from '../store/store.js';
import { StoreError } from '../store/store.js';
import { toArticle } from '../ingest/article.js';
import { readInputs } from '../ingest/read.js';
import { fileMissingStories, fileStories } from '../stories/story.js';
import type { Pipeline } from './pipeline.js';
import type { Processor } from './workers.js';
import { inlineProcessor } from './workers.js';
import type { Limits } from '../config.js';
import { DEFAULT_LIMITS } from '../config.js';

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
  return (await ingestMany(pipeline, store, [raw]))[0]!;
}

/**
 * Ingests a batch: each article is hashed, checked, coded and saved on its
 * own terms (all-or-nothing per article, a failure is that article's value),
 * but the batch shares the store's commits. Results are in input order.
 * `pipeline` may be a Processor, to code on worker threads.
 */
export async function ingestMany(pipeline: Pipeline | Processor, store: Store, raws: RawArticle[], limits: Limits = DEFAULT_LIMITS): Promise<Result<IngestOne>[]> {
  const proc = 'components' in pipeline ? inlineProcessor(pipeline, limits.articleMs) : pipeline;
  return saveBatch(store, raws, await prepareBatch(proc, store, raws, { seen: new Set(), limits }));
}

/** What prepareBatch needs besides the batch: ids already sent this run, the limits, where warnings go. */
interface BatchContext {
  seen: Set<string>;
  limits: Limits;
  /** Whether more batches follow (see Processor.process); absent when not known. */
  more?: boolean;
  onWarning?(issue: Issue): void;
}

/** A batch whose articles are checked and sent for coding; `coded` settles with their docs. */
interface Prepared {
  results: Result<IngestOne>[];
  at: number[];
  coded: Promise<Result<Doc>[]>;
  onWarning?(issue: Issue): void;
}

/** Warnings the NLP raised about an article's shape (E2xx: long runs split); date readings stay quiet. */
function docWarnings(doc: Doc): Issue[] {
  return doc.warnings.filter((w) => w.code.startsWith('E2'));
}

/** Hashes and checks each article (sync with the store), then hands the new ones to the processor. */
async function prepareBatch(proc: Processor, store: Store, raws: RawArticle[], ctx: BatchContext): Promise<Prepared> {
  const { seen } = ctx;
  const results: Result<IngestOne>[] = new Array(raws.length);
  const articles: Article[] = [];
  const at: number[] = [];
  for (const [i, raw] of raws.entries()) {
    const art = toArticle(raw, ctx.limits.articleChars);
    if (!art.ok) {
      results[i] = art;
      continue;
    }
    for (const w of art.warnings ?? []) ctx.onWarning?.(w);
    const article = art.value;
    // Re-ingesting is idempotent and cheap: the hash decides before any NLP runs.
    if (seen.has(article.id) || (await store.hasArticle(article.id))) {
      results[i] = ok({ articleId: article.id, inserted: false, sentences: 0, events: 0 });
      continue;
    }
    seen.add(article.id);
    articles.push(article);
    at.push(i);
  }
  const coded = articles.length ? proc.process(articles, ctx.more) : Promise.resolve([]);
  return { results, at, coded, ...(ctx.onWarning ? { onWarning: ctx.onWarning } : {}) };
}

/** Waits for the coded docs and saves them in one store call; fills in every article's outcome. */
async function saveBatch(store: Store, raws: RawArticle[], prep: Prepared): Promise<Result<IngestOne>[]> {
  const { results } = prep;
  const docs: Doc[] = [];
  const docAt: number[] = [];
  for (const [k, r] of (await prep.coded).entries()) {
    if (r.ok) {
      for (const w of docWarnings(r.value)) prep.onWarning?.(w);
      docs.push(r.value);
      docAt.push(prep.at[k]!);
    } else results[prep.at[k]!] = r;
  }
  if (docs.length === 0) return results;
  let saved: SaveOutcome[];
  try {
    saved = await store.saveDocs(docs);
  } catch (e) {
    // A failure of the batch itself (the database went away): every article in it is a skip, none half-written.
    const why = e instanceof StoreError ? e.issue.message : e instanceof Error ? e.message : String(e);
    saved = docs.map((d) => ({ ok: false, issue: issue('E604', { article: d.article.id, detail: why }) }));
  }
  // Filed in order (a copy later in the batch finds its original), written in one commit.
  const fresh: Doc[] = [];
  saved.forEach((o, k) => o.ok && o.value.inserted && fresh.push(docs[k]!));
  await fileStories(store, fresh);
  saved.forEach((o, k) => {
    const i = docAt[k]!;
    results[i] = o.ok
      ? ok({ articleId: docs[k]!.article.id, inserted: o.value.inserted, sentences: o.value.sentences, events: o.value.events })
      : fail({ ...o.issue, where: raws[i]!.origin });
  });
  return results;
}

/** Articles per store commit when ingesting files: enough to amortize the commit, small enough to show progress. */
export const INGEST_BATCH = 64;

/** Progress callbacks, so the CLI can draw a bar without this module knowing about terminals. */
export interface IngestHooks {
  onArticle?(summary: IngestSummary): void;
  onSkip?(issue: Issue): void;
  onWarning?(issue: Issue): void;
}

/** Ingests files, directories or stdin ("-"); one broken article never stops the batch. */
export async function ingestPaths(
  pipeline: Pipeline | Processor,
  store: Store,
  paths: string[],
  hooks: IngestHooks = {},
  stdin?: NodeJS.ReadableStream,
  limits: Limits = DEFAULT_LIMITS,
): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, duplicates: 0, sentences: 0, events: 0, skipped: [] };
  // Articles a killed run saved but did not file into a story (or stored before stories existed).
  await fileMissingStories(store);
  const skip = (i: Issue) => {
    summary.skipped.push(i);
    hooks.onSkip?.(i);
  };
  // Articles from files are saved in batches (one commit each); from stdin one
  // at a time, so a slow stream shows each article as soon as it is read.
  const batchSize = paths.includes('-') ? 1 : INGEST_BATCH;
  let batch: RawArticle[] = [];
  const seen = new Set<string>();
  const proc = 'components' in pipeline ? inlineProcessor(pipeline, limits.articleMs) : pipeline;
  // One batch is saved while the next is being coded (on worker threads when
  // `pipeline` is a worker Processor), so NLP and SQLite overlap.
  let saving: Promise<void> = Promise.resolve();
  // A full batch of files may have more behind it, the last one has not; from stdin nobody knows.
  const fromStdin = batchSize === 1;
  const flush = async (more: boolean): Promise<void> => {
    const raws = batch;
    batch = [];
    // Batch k goes to the coders before batch k-1 is saved; then wait for that
    // save, so at most two batches are in flight.
    const hint = fromStdin ? {} : { more };
    const prep = await prepareBatch(proc, store, raws, { seen, limits, ...hint, ...(hooks.onWarning ? { onWarning: hooks.onWarning } : {}) });
    const previous = saving;
    saving = previous.then(() => saveBatch(store, raws, prep)).then((results) => {
      for (const [k, r] of results.entries()) {
        if (!r.ok) {
          for (const i of r.issues) skip({ ...i, where: i.where ?? raws[k]!.origin });
        } else if (r.value.inserted) {
          summary.articles++;
          summary.sentences += r.value.sentences;
          summary.events += r.value.events;
        } else {
          summary.duplicates++;
        }
        hooks.onArticle?.(summary);
      }
    });
    await previous;
    if (batchSize === 1) await saving;
  };
  for await (const item of readInputs(paths, stdin ? { stdin, limits } : { limits })) {
    if (item.kind === 'skip') {
      skip(item.issue);
      continue;
    }
    // Warnings (a dropped bad date, an HTML fallback) are shown but do not skip the article.
    for (const w of item.warnings ?? []) hooks.onWarning?.({ ...w, where: w.where ?? item.raw.origin });
    batch.push(item.raw);
    if (batch.length >= batchSize) await flush(true);
  }
  if (batch.length > 0) await flush(false);
  await saving;
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
