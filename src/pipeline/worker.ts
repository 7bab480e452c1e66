/**
 * Worker-thread entry of the parallel processor (see workers.ts): builds the
 * default pipeline from the config it is given and codes the articles it is
 * sent. Tokens are dropped before the doc goes back: nothing downstream of
 * the pipeline reads them, and they are most of the cloning cost.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import type { Config } from '../config.js';
import { buildDefaultPipeline } from './default.js';

const port = parentPort;
if (port) {
  const built = buildDefaultPipeline(workerData as Config);
  port.on('message', (msg: { id: number; articles: Article[] }) => {
    if (!built.ok) {
      port.postMessage({ id: msg.id, results: msg.articles.map(() => built) });
      return;
    }
    const results = msg.articles.map((a) => {
      const r = built.value.process(a);
      if (r.ok) r.value.tokens = [];
      return r;
    });
    port.postMessage({ id: msg.id, results });
  });
}
