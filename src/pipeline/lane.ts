import type { Worker } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import type { Result } from '../core/result.js';
import { fail } from '../core/result.js';
import { issue } from '../core/errors.js';

/** What a worker thread posts: once `ready` (its pipeline is built), then one article's result at a time. */
export type LaneMessage = { ready: true } | { id: number; index: number; result: Result<Doc> };

/** A batch sent to the worker and the results that came back so far. */
interface Pending {
  id: number;
  articles: Article[];
  results: Array<Result<Doc> | undefined>;
  /** Index of the next article the worker is coding. */
  next: number;
  resolve(results: Result<Doc>[]): void;
}

/**
 * One worker thread and its queue of batches. The worker posts each
 * article's result as it finishes, so the lane knows which article it is on:
 * an article that takes longer than `budgetMs` is skipped (E204), the worker
 * is ended and replaced, and the rest of the batch is sent to the new one.
 * A crash fails the article it was on as a value (E202) and goes on the same way.
 */
export class Lane {
  private worker: Worker;
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private since = 0;
  /** The clock runs only once the worker has built its pipeline: loading dictionaries is not coding. */
  private ready = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly start: () => Worker,
    private readonly budgetMs: number,
  ) {
    this.worker = this.spawn();
    // Checked a few times per budget; unref'd so an idle lane never keeps the process alive.
    this.timer = setInterval(() => this.check(), Math.max(50, Math.floor(budgetMs / 4)));
    this.timer.unref();
  }

  private spawn(): Worker {
    this.ready = false;
    const w = this.start();
    w.on('message', (m: LaneMessage) => this.received(m));
    w.on('error', (e) => this.replace('E202', `worker thread: ${e.message}`));
    w.on('exit', (code) => {
      if (w === this.worker && this.queue.length > 0) this.replace('E202', `worker thread exited with code ${code}`);
    });
    return w;
  }

  private received(m: LaneMessage): void {
    this.since = Date.now();
    if ('ready' in m) {
      this.ready = true;
      return;
    }
    const p = this.queue[0];
    if (!p || p.id !== m.id) return;
    p.results[m.index] = m.result;
    p.next = m.index + 1;
    if (p.next >= p.articles.length) this.finish();
  }

  /** The head batch is complete: resolve it and start the clock for the next one. */
  private finish(): void {
    const p = this.queue.shift()!;
    p.resolve(p.results as Result<Doc>[]);
    this.since = Date.now();
  }

  private check(): void {
    if (this.ready && this.queue.length > 0 && Date.now() - this.since > this.budgetMs) this.replace('E204', '');
  }

  /**
   * The article the worker is on fails with `code`; the worker is ended and a
   * new one takes the rest of this batch and every batch queued behind it.
   */
  private replace(code: 'E202' | 'E204', detail: string): void {
    const old = this.worker;
    this.worker = this.spawn();
    void old.terminate();
    const p = this.queue[0];
    if (p) {
      const a = p.articles[p.next]!;
      p.results[p.next] = fail(code === 'E204' ? issue('E204', { article: a.origin, max: this.budgetMs }, a.origin) : issue('E202', { article: a.origin, detail }));
      p.next++;
      if (p.next >= p.articles.length) this.finish();
    }
    this.since = Date.now();
    for (const q of this.queue) this.post(q);
  }

  /** Sends the articles of `p` not yet coded. */
  private post(p: Pending): void {
    if (p.next < p.articles.length) this.worker.postMessage({ id: p.id, from: p.next, articles: p.articles.slice(p.next) });
  }

  process(articles: Article[]): Promise<Result<Doc>[]> {
    return new Promise((resolve) => {
      const p: Pending = { id: this.nextId++, articles, results: new Array(articles.length), next: 0, resolve };
      if (this.queue.length === 0) this.since = Date.now();
      this.queue.push(p);
      this.post(p);
    });
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.worker.terminate();
  }
}
