import type { Config } from '../../config.js';
import type { Store } from '../../store/store.js';
import { ingestPaths, formatSummary } from '../../pipeline/ingest.js';
import type { IngestSummary } from '../../pipeline/ingest.js';
import { availableParallelism } from 'node:os';
import { createProgress } from '../../ingest/progress.js';
import { autoProcessor } from '../../pipeline/workers.js';
import type { PipelineSource } from '../../pipeline/workers.js';
import type { Io } from '../context.js';
import type { Issue } from '../../core/result.js';
import { formatIssues } from '../context.js';

/** How many skip reasons to print in full before summarising the rest. */
const MAX_SKIP_LINES = 20;

/**
 * `dyadwatch ingest PATH...`: reads, codes and stores; prints a one-line summary.
 * Articles are coded on `workers` threads (0: this thread only) unless the
 * input is a single batch (see autoProcessor); `pipeline` may be a builder,
 * so that this thread loads no pipeline when it does not code.
 */
export async function ingestCommand(
  config: Config,
  pipeline: PipelineSource,
  store: Store,
  paths: string[],
  io: Io,
  workers: number = availableParallelism(),
): Promise<IngestSummary> {
  const reading = readingHooks(io, 'ingest');
  const processor = autoProcessor(pipeline, config, workers);
  const summary = await ingestPaths(processor, store, paths, reading.hooks, io.stdin, config.limits);
  await processor.close();
  reading.finish();
  io.out(formatSummary(summary));
  return summary;
}

/** Hooks of a command that reads articles: a progress bar, warnings, the first skip reasons. */
export interface ReadingHooks {
  hooks: { onArticle(): void; onWarning(i: Issue): void; onSkip(i: Issue): void };
  /** Stops the bar and says how many skip lines were left out. */
  finish(): void;
}

/** Progress and skip reporting shared by `ingest` and `ingest --queue`. */
export function readingHooks(io: Io, label: string): ReadingHooks {
  const progress = createProgress(label);
  let shown = 0;
  return {
    hooks: {
      onArticle: () => progress.tick(),
      onWarning: (i) => io.err(`warning: ${formatIssues([i])}`),
      onSkip: (i) => {
        if (shown++ < MAX_SKIP_LINES) io.err(`skip: ${formatIssues([i])}`);
      },
    },
    finish: () => {
      progress.stop();
      if (shown > MAX_SKIP_LINES) io.err(`skip: … and ${shown - MAX_SKIP_LINES} more`);
    },
  };
}
