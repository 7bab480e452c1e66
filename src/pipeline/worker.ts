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
import type { LaneMessage } from './lane.js';

const port = parentPort;
if (port) {
  const built = buildDefaultPipeline(workerData as Config);
  const ready: LaneMessage = { ready: true };
  port.postMessage(ready);
  // Each result is posted as soon as it is ready: the lane times every article (see lane.ts).
  port.on('message', (msg: { id: number; from: number; articles: Article[] }) => {
    msg.articles.forEach((a, k) => {
      const r = built.ok ? built.value.process(a) : built;
      if (r.ok) r.value.tokens = [];
      const m: LaneMessage = { id: msg.id, index: msg.from + k, result: r };
      port.postMessage(m);
    });
  });
}
