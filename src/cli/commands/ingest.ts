import type { Config } from '../../config.js';
import type { Store } from '../../store/store.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import { ingestPaths, formatSummary } from '../../pipeline/ingest.js';
import type { IngestSummary } from '../../pipeline/ingest.js';
import { createProgress } from '../../ingest/progress.js';
import type { Io } from '../context.js';
import { formatIssues } from '../context.js';

/** How many skip reasons to print in full before summarising the rest. */
const MAX_SKIP_LINES = 20;

/** `dyadwatch ingest PATH...`: reads, codes and stores; prints a one-line summary. */
export async function ingestCommand(
  _config: Config,
  pipeline: DefaultPipeline,
  store: Store,
  paths: string[],
  io: Io,
): Promise<IngestSummary> {
  const progress = createProgress('ingest');
  let shown = 0;
  const summary = await ingestPaths(
    pipeline,
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
  );
  progress.stop();
  if (shown > MAX_SKIP_LINES) io.err(`skip: … and ${shown - MAX_SKIP_LINES} more`);
  io.out(formatSummary(summary));
  return summary;
}
