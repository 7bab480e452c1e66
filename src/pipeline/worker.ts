/**
 * Worker-thread entry of the parallel processor (see workers.ts): builds the
 * default pipeline from the config it is given and codes the articles it is
 * sent. Tokens and trees are dropped before the doc goes back: nothing
 * downstream of the pipeline reads them, and they are most of the cloning cost.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import { buildDefaultPipeline } from './default.js';
import type { WorkerInit } from './workers.js';

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  const built = buildDefaultPipeline(init.config, init.parserModel);
  port.on('message', (msg: { id: number; articles: Article[] }) => {
    if (!built.ok) {
      port.postMessage({ id: msg.id, results: msg.articles.map(() => built) });
      return;
    }
    const results = msg.articles.map((a) => {
      const r = built.value.process(a);
      if (r.ok) {
        r.value.tokens = [];
        r.value.trees = { head: [], deprel: [], upos: [], parsed: r.value.trees.parsed };
      }
      return r;
    });
    port.postMessage({ id: msg.id, results });
  });
}
