import path from 'node:path';
import type { Config } from '../../config.js';
import { PACKAGE_ROOT } from '../../config.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import { serveUntilStopped } from './serve.js';
import { storeFor, formatIssues } from '../context.js';
import type { Io } from '../context.js';
import type { Parsed } from '../args.js';
import { ingestCommand } from './ingest.js';
import { dyadsCommand } from './query.js';
import { formatPoll, storingIngest } from './follow.js';
import { followDemoFeed } from '../../ingest/follow/demo-feed.js';
import type { Store } from '../../store/store.js';

/** The bundled demo articles, written for the project (see demo/README.md). */
export const DEMO_DIR = path.join(PACKAGE_ROOT, 'demo', 'articles');

/**
 * `dyadwatch demo`: ingests the bundled articles into the configured store
 * (SQLite by default, no server needed), prints the dyad summary, then serves
 * the dashboard when run in a terminal (or with --serve) and prints its address.
 */
export async function demoCommand(config: Config, pipeline: DefaultPipeline, io: Io, values: Parsed['values']): Promise<0 | 1> {
  const s = await storeFor(config);
  if (!s.ok) {
    io.err(formatIssues(s.issues));
    return 1;
  }
  const store = s.value;
  const where = config.store.kind === 'sqlite' ? config.store.path : config.store.url;
  io.out(`dyadwatch demo: ingesting ${DEMO_DIR} into ${where}`);
  await ingestCommand(config, pipeline, store, [DEMO_DIR], io);
  await demoFollow(pipeline, store, io);
  io.out('');
  io.out(await dyadsCommand(store, {}, 'table'));
  io.out('');
  io.out('Try: npx dyadwatch events --dyad IRN-RUS   npx dyadwatch transfers --supplier PRK --recipient RUS   npx dyadwatch sources');
  const serve = values.serve || (io.isTTY && !values['no-serve']);
  if (!serve) {
    io.out('Dashboard: run `npx dyadwatch serve` and open http://127.0.0.1:8787');
    await store.close();
    return 0;
  }
  const portGiven = values.port !== undefined || process.env.DYADWATCH_PORT !== undefined;
  const code = await serveUntilStopped(config, store, pipeline, io, { portGiven, label: 'Dashboard:' });
  await store.close();
  return code;
}

/**
 * The following step of the demo, without the internet: demo/feed served on
 * 127.0.0.1 as a feed of summaries, followed once like `follow --once`
 * (pages fetched, main text extracted). One page is another outlet's copy of
 * a demo article: it joins that story and is counted once.
 */
async function demoFollow(pipeline: DefaultPipeline, store: Store, io: Io): Promise<void> {
  const report = await followDemoFeed(store, storingIngest(pipeline, store));
  io.out(`follow (a local demo feed on 127.0.0.1): ${formatPoll(report)}`);
  for (const a of await store.articleStories(report.articleIds)) {
    if (!a.storyId || a.storyId === a.articleId) continue;
    const outlets = [...new Set((await store.storyArticles(a.storyId)).map((x) => x.outlet ?? 'unnamed outlet'))];
    io.out(`  "${a.title ?? a.articleId}" is a copy of an earlier story: counted once, reported by ${outlets.length} outlets (${outlets.join(', ')})`);
  }
}
