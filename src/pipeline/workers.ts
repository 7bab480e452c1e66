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
  process(articles: Article[]): Promise<Result<Doc>[]>;
  close(): Promise<void>;
}

/** The pipeline on the calling thread (tests, the server, one-article ingests). */
export function inlineProcessor(pipeline: Pipeline): Processor {
  return {
    process: async (articles) => articles.map((a) => pipeline.process(a)),
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
 * Inline for the first batch, worker threads from the second on: a handful
 * of articles (the demo, one file) never pays for starting threads and
 * loading dictionaries again, while a corpus gets every core.
 */
export function autoProcessor(pipeline: Pipeline & { parserBytes?: Uint8Array }, config: Config, threads: number): Processor {
  const inline = inlineProcessor(pipeline);
  let pool: Processor | null = null;
  let batches = 0;
  return {
    process(articles) {
      if (threads < 1 || batches++ === 0) return inline.process(articles);
      pool ??= workerProcessor(config, threads, pipeline.parserBytes);
      return pool.process(articles);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
