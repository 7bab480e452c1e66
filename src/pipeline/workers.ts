import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import type { Config } from '../config.js';
import type { Pipeline } from './pipeline.js';
import { Lane } from './lane.js';
import { readShared } from '../nlp/shared.js';

/**
 * What a worker thread starts from: the config, and the parser model's bytes
 * in shared memory (read once by the main thread; the worker's model is a
 * view of them, not a copy).
 */
export interface WorkerInit {
  config: Config;
  parserModel: Uint8Array;
}

/** Codes batches of articles; inline on this thread or spread over worker threads. */
export interface Processor {
  /**
   * Codes `articles`; `more` says whether more batches follow (true: a full
   * batch of a longer input, false: the input's last batch, absent: unknown).
   */
  process(articles: Article[], more?: boolean): Promise<Result<Doc>[]>;
  close(): Promise<void>;
}

/**
 * The pipeline on the calling thread (tests, the server, one-article ingests).
 * With `budgetMs` (config.limits.articleMs), an article that takes longer is
 * skipped with E204 like on a worker thread, and the batch goes on.
 */
export function inlineProcessor(pipeline: Pipeline, budgetMs?: number): Processor {
  return {
    process: async (articles) => articles.map((a) => pipeline.process(a, budgetMs)),
    close: async () => {},
  };
}

/**
 * A pipeline, or how to build one when it is first needed; a builder may be
 * async, so that even the pipeline's modules (wink and its model, the
 * dictionaries' code) are imported only by a thread that codes.
 */
export type PipelineSource = Pipeline | (() => Result<Pipeline> | Promise<Result<Pipeline>>);

/**
 * The inline processor over a pipeline built on first use: a thread that only
 * hands articles to workers never loads wink, the dictionaries or the parser.
 * A pipeline that cannot be built fails every article as a value.
 */
function lazyInline(source: PipelineSource, budgetMs: number): Processor {
  // The promise is the memo: two batches in flight at once (--workers 0) share one build.
  let built: Promise<Result<Pipeline>> | null = null;
  return {
    async process(articles) {
      built ??= Promise.resolve(typeof source === 'function' ? source() : ok(source));
      const b = await built;
      return b.ok ? inlineProcessor(b.value, budgetMs).process(articles) : articles.map(() => b);
    },
    close: async () => {},
  };
}

/**
 * Compiled, the worker is worker.js. Under tsx (tests, `npx tsx src/cli/main.ts`)
 * it is the .ts source, and Node 20 does not carry tsx's loader into workers,
 * so a small bootstrap registers it first.
 */
function startWorker(init: WorkerInit): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: init });
  const src = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(src)}); });`;
  return new Worker(boot, { eval: true, workerData: init });
}

/**
 * The pipeline on `threads` worker threads, each with its own dictionaries
 * and one shared parser model (`parserModel`, else config.parserModel read
 * once here). A batch is split evenly across them; results come back in
 * input order. An article over config.limits.articleMs is skipped and its
 * thread replaced (see Lane). An unreadable model fails every article as a value.
 */
export function workerProcessor(config: Config, threads: number, parserModel?: Uint8Array): Processor {
  const bytes = parserModel ? ok(parserModel) : readShared(config.parserModel);
  if (!bytes.ok) return { process: async (articles) => articles.map(() => bytes), close: async () => {} };
  const init: WorkerInit = { config, parserModel: bytes.value };
  // V8 sizes each new isolate's heap for speed: on news-20k two coding threads
  // then hold about 100 MiB each, most of it heap headroom (40 MB live). Sized
  // for memory they hold about a third less, for about a sixth more CPU (README,
  // Ingest throughput). Read when an isolate is created, so set before the first.
  v8.setFlagsFromString('--optimize-for-size');
  const lanes = Array.from({ length: Math.max(1, threads) }, () => new Lane(() => startWorker(init), config.limits.articleMs));
  return {
    async process(articles) {
      const size = Math.ceil(articles.length / lanes.length);
      const parts = lanes.map((lane, i) => {
        const slice = articles.slice(i * size, (i + 1) * size);
        return slice.length ? lane.process(slice) : Promise.resolve([]);
      });
      return (await Promise.all(parts)).flat();
    },
    close: async () => {
      await Promise.all(lanes.map((l) => l.close()));
    },
  };
}

/**
 * Inline when the whole input is one batch (or `threads` is 0), worker threads
 * otherwise, from the first batch on: a handful of articles (the demo, one
 * file) never pays for starting threads, while a corpus gets every core and
 * this thread, which only reads and saves, never builds a pipeline (`source`
 * may be a builder, called on first inline use). A first batch of unknown
 * sequel (`more` absent: standard input) is coded inline, as before.
 * Inline coding keeps config.limits.articleMs too (see inlineProcessor).
 */
export function autoProcessor(source: PipelineSource & { parserBytes?: Uint8Array }, config: Config, threads: number): Processor {
  const inline = lazyInline(source, config.limits.articleMs);
  let pool: Processor | null = null;
  let batches = 0;
  return {
    process(articles, more) {
      if (threads < 1 || (batches++ === 0 && more !== true)) return inline.process(articles);
      pool ??= workerProcessor(config, threads, source.parserBytes);
      return pool.process(articles);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
