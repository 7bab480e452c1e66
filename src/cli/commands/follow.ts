import type { DefaultPipeline } from '../../pipeline/default.js';
import { ingestRaw } from '../../pipeline/ingest.js';
import type { Store } from '../../store/store.js';
import { ok } from '../../core/result.js';
import { fileMissingStories } from '../../stories/story.js';
import { createGuard } from '../../ingest/follow/guard.js';
import type { IngestArticle, PollReport } from '../../ingest/follow/follower.js';
import { Follower } from '../../ingest/follow/follower.js';
import { healthOf } from '../../ingest/follow/backoff.js';
import { loadSourcesFile } from '../../ingest/follow/sources-file.js';
import { formatIssues } from '../context.js';
import type { Io } from '../context.js';
import { table } from '../table.js';

/** One line per poll: what a source gave. */
export function formatPoll(r: PollReport): string {
  if (r.outcome === 'failed') return `${r.sourceId}: failed: ${formatIssues(r.issues)}`;
  if (r.outcome === 'not-modified') return `${r.sourceId}: not modified`;
  const extra = r.issues.length ? `; ${r.issues.length} items skipped (${[...new Set(r.issues.map((i) => i.code))].join(', ')})` : '';
  return `${r.sourceId}: ${r.listed} listed, ${r.ingested} new articles, ${r.duplicates} already stored${extra}`;
}

/** How followed articles are stored: the full pipeline, then filed into their story (ingestRaw does both). */
export function storingIngest(pipeline: DefaultPipeline, store: Store): IngestArticle {
  return async (raw) => {
    const r = await ingestRaw(pipeline, store, raw);
    return r.ok ? ok({ articleId: r.value.articleId, inserted: r.value.inserted }) : r;
  };
}

/** Resolves when SIGTERM or SIGINT arrives; the follower finishes the article in hand. */
function abortOnSignal(): { signal: AbortSignal; dispose: () => void } {
  const ac = new AbortController();
  const stop = (): void => ac.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return { signal: ac.signal, dispose: () => (process.off('SIGTERM', stop), process.off('SIGINT', stop)) };
}

/**
 * `dyadwatch follow SOURCES.yaml [--once]`: registers the file's sources in
 * the store, then polls every source in the store (those added through the
 * API too) when due, until SIGTERM/SIGINT; with --once, each source once.
 */
export async function followCommand(pipeline: DefaultPipeline, store: Store, file: string, io: Io, once: boolean): Promise<0 | 1> {
  const cfg = loadSourcesFile(file);
  if (!cfg.ok) {
    io.err(formatIssues(cfg.issues));
    return 1;
  }
  for (const s of cfg.value.sources) await store.upsertSource(s);
  // Articles a killed run saved but did not file into a story.
  await fileMissingStories(store);
  const ingest = storingIngest(pipeline, store);
  const follower = new Follower({ store, ingest, guard: createGuard(cfg.value.allowHosts), settings: cfg.value.settings, log: io.err });
  const { signal, dispose } = abortOnSignal();
  try {
    if (once) {
      for (const r of await follower.pollAll(await store.sources(), signal)) io.out(formatPoll(r));
    } else {
      io.out(`dyadwatch follow: ${(await store.sources()).length} sources (SIGTERM or Ctrl-C stops after the article in hand)`);
      await follower.run(signal, (r) => io.out(formatPoll(r)));
      io.out('dyadwatch follow: stopped');
    }
  } finally {
    dispose();
    await follower.close();
  }
  return 0;
}

/** `dyadwatch sources`: each source's health, last success, last error and items today. */
export async function sourcesCommand(store: Store, format: string): Promise<string> {
  const all = await store.sources();
  if (format === 'json') return JSON.stringify(all.map((s) => ({ ...s, health: healthOf(s) })), null, 2);
  if (!all.length) return 'No sources yet: run `dyadwatch follow SOURCES.yaml` or POST /api/sources.';
  const rows = all.map((s) => [
    s.id, s.kind, healthOf(s), s.lastSuccess?.slice(0, 19) ?? '-', s.itemsToday, s.itemsTotal,
    s.lastError ? `${s.lastErrorAt?.slice(0, 19) ?? ''} ${s.lastError}` : '-', s.url,
  ]);
  return table(['id', 'kind', 'health', 'last success', 'today', 'total', 'last error', 'url'], rows);
}
