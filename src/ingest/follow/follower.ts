import type { RawArticle } from '../../core/article.js';
import type { Issue, Result } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { SourceHealth, Store } from '../../store/store.js';
import { backoffMs } from './backoff.js';
import type { Guard } from './guard.js';
import { HostGate } from './host-gate.js';
import type { FetchFailure, FetchRequest, FetchResult } from './http.js';
import { Fetcher } from './http.js';
import type { Listing } from './poll.js';
import { entryArticle, listSource } from './poll.js';
import { RobotsCache } from './robots.js';
import type { FollowSettings } from './settings.js';

/** Stores one article (and files it into its story); returns its id and whether it was new. */
export type IngestArticle = (raw: RawArticle) => Promise<Result<{ articleId: string; inserted: boolean }>>;

/** What one poll of one source did. */
export interface PollReport {
  sourceId: string;
  outcome: 'ok' | 'not-modified' | 'failed';
  /** Entries listed, new items ingested (articles stored), items already stored elsewhere. */
  listed: number;
  ingested: number;
  duplicates: number;
  /** Ids of the articles this poll stored. */
  articleIds: string[];
  issues: Issue[];
}

export interface FollowerDeps {
  store: Store;
  ingest: IngestArticle;
  guard: Guard;
  settings: FollowSettings;
  log?: (line: string) => void;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Polls sources and ingests what is new, politely: robots.txt, a per-host
 * gate, conditional GET, backoff on failure. State lives in the store, so a
 * restart resumes where the last run stopped; an item is marked seen only
 * after its article is stored, so a kill at any point loses nothing a
 * restart will not fetch again (and the content hash keeps it single).
 */
export class Follower {
  private readonly fetcher: Fetcher;
  private readonly gate: HostGate;
  private readonly robots: RobotsCache;
  /** Articles are stored one at a time, whatever the number of sources polled at once. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: FollowerDeps) {
    const s = deps.settings;
    this.fetcher = new Fetcher(deps.guard, { timeoutMs: s.timeoutMs, maxBytes: s.maxBytes, maxRedirects: s.maxRedirects, userAgent: s.userAgent });
    this.gate = new HostGate(s.perHost, s.minDelayMs);
    this.robots = new RobotsCache(
      (url) => this.gate.run(new URL(url).host, () => this.fetcher.get({ url, accept: ['text/plain'] })),
      s.robotsTtlMs,
    );
  }

  /** A GET through robots.txt and the host gate, written to the fetch log. */
  private readonly get = async (req: FetchRequest, sourceId: string): Promise<FetchResult> => {
    const started = Date.now();
    const host = new URL(req.url).host;
    const verdict = await this.robots.check(req.url);
    let r: FetchResult;
    if (!verdict.allowed) {
      r = { ok: false, failure: verdict.refused ?? { issue: issue('E136', { host, url: req.url }), status: null, retryable: false, retryAfterMs: null } };
    } else {
      if (verdict.delayMs !== null) this.gate.setDelay(host, verdict.delayMs);
      r = await this.gate.run(host, () => this.fetcher.get(req));
    }
    await this.deps.store.logFetch({
      sourceId, url: req.url, at: new Date(started).toISOString(), ms: Date.now() - started,
      status: r.ok ? r.value.status : r.failure.status, bytes: r.ok ? r.value.bytes : 0,
      outcome: r.ok ? (r.value.status === 304 ? 'not-modified' : 'ok') : r.failure.issue.code === 'E136' ? 'robots' : 'error',
      error: r.ok ? null : `${r.failure.issue.code} ${r.failure.issue.message}`,
    });
    return r;
  };

  /** Polls one source and ingests its new items; stops between items once `signal` aborts. */
  async poll(source: SourceHealth, signal?: AbortSignal): Promise<PollReport> {
    const report: PollReport = { sourceId: source.id, outcome: 'ok', listed: 0, ingested: 0, duplicates: 0, articleIds: [], issues: [] };
    const listing = await listSource(source, this.get, this.deps.settings.maxSitemaps);
    if (listing.kind === 'failed') {
      await this.recordFailure(source, listing.failure);
      return { ...report, outcome: 'failed', issues: [listing.failure.issue] };
    }
    if (listing.kind === 'entries') await this.takeEntries(source, listing, report, signal);
    else report.outcome = 'not-modified';
    const now = Date.now();
    await this.deps.store.updateSourceState(source.id, {
      etag: listing.fetched.etag, lastModified: listing.fetched.lastModified, lastFetch: new Date(now).toISOString(),
      lastSuccess: new Date(now).toISOString(), failures: 0, nextFetch: new Date(now + source.everySec * 1000).toISOString(),
    });
    return report;
  }

  private async takeEntries(source: SourceHealth, listing: Listing & { kind: 'entries' }, report: PollReport, signal?: AbortSignal): Promise<void> {
    report.listed = listing.entries.length;
    let taken = 0;
    // Feeds list newest first: take the oldest first so the store reads in publication order.
    for (const entry of [...listing.entries].reverse()) {
      if (signal?.aborted || taken >= this.deps.settings.maxItemsPerPoll) break;
      if (await this.deps.store.itemSeen(source.id, entry.key)) continue;
      taken++;
      const art = await entryArticle(source, entry, this.get);
      if (!art.ok) {
        report.issues.push(art.issue);
        // A lasting failure (a 404 page, an empty item) is not asked for again.
        if (!art.retry) await this.deps.store.markItemSeen(source.id, entry.key, null);
        continue;
      }
      const stored = await this.store(art.raw);
      if (!stored.ok) {
        report.issues.push(...stored.issues);
        if (stored.issues.every((i) => i.code === 'E104')) await this.deps.store.markItemSeen(source.id, entry.key, null);
        continue;
      }
      if (stored.value.inserted) {
        report.ingested++;
        report.articleIds.push(stored.value.articleId);
      } else report.duplicates++;
      await this.deps.store.markItemSeen(source.id, entry.key, stored.value.articleId);
    }
  }

  private store(raw: RawArticle): ReturnType<IngestArticle> {
    const next = this.writing.then(() => this.deps.ingest(raw));
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async recordFailure(source: SourceHealth, f: FetchFailure): Promise<void> {
    const now = Date.now();
    const failures = source.failures + 1;
    const s = this.deps.settings;
    const wait = backoffMs(failures, Math.min(s.backoffBaseMs, source.everySec * 1000), s.backoffMaxMs, f.retryAfterMs);
    await this.deps.store.updateSourceState(source.id, {
      lastFetch: new Date(now).toISOString(), lastError: `${f.issue.code} ${f.issue.message}`, lastErrorAt: new Date(now).toISOString(),
      failures, nextFetch: new Date(now + wait).toISOString(),
    });
    this.deps.log?.(`follow: ${source.id}: ${f.issue.code} ${f.issue.message}`);
  }

  /** Polls every given source once (at most `parallelSources` at a time). */
  async pollAll(sources: SourceHealth[], signal?: AbortSignal): Promise<PollReport[]> {
    const reports: PollReport[] = [];
    const queue = [...sources];
    const worker = async () => {
      for (let s = queue.shift(); s && !signal?.aborted; s = queue.shift()) reports.push(await this.poll(s, signal));
    };
    await Promise.all(Array.from({ length: Math.max(1, this.deps.settings.parallelSources) }, worker));
    return reports;
  }

  /** Polls each source when it is due, until `signal` aborts; the article in hand is finished first. */
  async run(signal: AbortSignal, onPoll?: (r: PollReport) => void): Promise<void> {
    while (!signal.aborted) {
      const now = Date.now();
      const all = await this.deps.store.sources();
      const due = all.filter((s) => !s.nextFetch || Date.parse(s.nextFetch) <= now);
      for (const r of await this.pollAll(due, signal)) onPoll?.(r);
      const next = Math.min(...(await this.deps.store.sources()).map((s) => (s.nextFetch ? Date.parse(s.nextFetch) : now)), now + 60_000);
      // Sources added through the API are picked up within a minute at worst.
      await sleep(Math.max(100, next - Date.now()), signal);
    }
  }

  async close(): Promise<void> {
    await this.writing;
    await this.fetcher.close();
  }
}
