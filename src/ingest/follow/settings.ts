/** Politeness and safety limits of a follow run; SOURCES.yaml's `fetch:` block overrides them. */
export interface FollowSettings {
  /** Sent on every request; names the software and where to read about it. */
  userAgent: string;
  /** Whole request, headers and body together. */
  timeoutMs: number;
  /** Largest response body, counted after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Requests in flight to one host at once. */
  perHost: number;
  /** Least time between the starts of two requests to one host. */
  minDelayMs: number;
  /** First backoff step after a failure; doubles per failure up to backoffMaxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long a robots.txt is trusted before it is read again. */
  robotsTtlMs: number;
  /** Most new items taken from one source in one poll (the rest wait for the next). */
  maxItemsPerPoll: number;
  /** Most child sitemaps read from one sitemap index. */
  maxSitemaps: number;
  /** Sources polled at once. */
  parallelSources: number;
}

export const DEFAULT_FOLLOW_SETTINGS: FollowSettings = {
  userAgent: 'dyadwatch/0.1 (+https://github.com/dyadwatch/dyadwatch; news monitor, polls feeds politely)',
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  perHost: 2,
  minDelayMs: 1000,
  backoffBaseMs: 60_000,
  backoffMaxMs: 6 * 3600_000,
  robotsTtlMs: 6 * 3600_000,
  maxItemsPerPoll: 200,
  maxSitemaps: 20,
  parallelSources: 4,
};

/** Media types accepted per kind of response. */
export const ACCEPT = {
  feed: ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/rdf+xml', 'application/x-rss+xml', 'text/plain'],
  sitemap: ['application/xml', 'text/xml', 'text/plain'],
  page: ['text/html', 'application/xhtml+xml'],
} as const;
