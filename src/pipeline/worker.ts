/**
 * Worker-thread entry of the parallel processor (see workers.ts): builds the
 * default pipeline from the config it is given and codes the articles it is
 * sent. Tokens and trees are dropped before the doc goes back: nothing
 * downstream of the pipeline reads them, and they are most of the cloning cost.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import { toArticle } from '../ingest/article.js';
import { buildDefaultPipeline } from './default.js';
import type { LaneMessage } from './lane.js';
import type { WorkerInit } from './workers.js';

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  const built = buildDefaultPipeline(init.config, init.parserModel);
  // One article of our own before `ready`: a fresh thread's first article costs most of a second
  // (compiling, the models paged in), which is not the article's fault and must not eat its time budget.
  const warm = toArticle({ text: 'Valdor said on Monday it had sent rifles to Ostmark.', origin: 'warm-up' });
  if (built.ok && warm.ok) built.value.process(warm.value);
  const ready: LaneMessage = { ready: true };
  port.postMessage(ready);
  // Each result is posted as soon as it is ready: the lane times every article (see lane.ts).
  port.on('message', (msg: { id: number; from: number; articles: Article[] }) => {
    msg.articles.forEach((a, k) => {
      const r = built.ok ? built.value.process(a) : built;
      if (r.ok) {
        r.value.tokens = [];
        r.value.trees = { head: [], deprel: [], upos: [], parsed: r.value.trees.parsed };
      }
      const m: LaneMessage = { id: msg.id, index: msg.from + k, result: r };
      port.postMessage(m);
    });
  });
}
