import type { Config } from '../../config.js';
import type { Store } from '../../store/store.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import { ingestPaths, formatSummary } from '../../pipeline/ingest.js';
import type { IngestSummary } from '../../pipeline/ingest.js';
import { availableParallelism } from 'node:os';
import { createProgress } from '../../ingest/progress.js';
import { autoProcessor } from '../../pipeline/workers.js';
import type { Io } from '../context.js';
import { formatIssues } from '../context.js';

/** How many skip reasons to print in full before summarising the rest. */
const MAX_SKIP_LINES = 20;

/**
 * `dyadwatch ingest PATH...`: reads, codes and stores; prints a one-line summary.
 * Past the first batch, articles are coded on `workers` threads (0: this thread only).
 */
export async function ingestCommand(
  config: Config,
  pipeline: DefaultPipeline,
  store: Store,
  paths: string[],
  io: Io,
  workers: number = availableParallelism(),
): Promise<IngestSummary> {
  const progress = createProgress('ingest');
  let shown = 0;
  const processor = autoProcessor(pipeline, config, workers);
  const summary = await ingestPaths(
    processor,
    store,
    paths,
    {
      onArticle: () => progress.tick(),
      onWarning: (i) => io.err(`warning: ${formatIssues([i])}`),
      onSkip: (i) => {
        if (shown++ < MAX_SKIP_LINES) io.err(`skip: ${formatIssues([i])}`);
      },
    },
    io.stdin,
    config.limits,
  );
  await processor.close();
  progress.stop();
  if (shown > MAX_SKIP_LINES) io.err(`skip: … and ${shown - MAX_SKIP_LINES} more`);
  io.out(formatSummary(summary));
  return summary;
}
