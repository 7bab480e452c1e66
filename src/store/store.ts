import type { Article } from '../core/article.js';
import type { Sentence } from '../core/nlp.js';
import type { Mention } from '../core/actor.js';
import type { CodedEvent, Claim, Modality } from '../core/event.js';
import type { Doc } from '../core/doc.js';
import type { Issue } from '../core/result.js';

/** Expected failures of methods that return plain values; see StoreError. */
export { StoreError, parseCursor, encodeCursor, DEFAULT_LIMIT, MAX_LIMIT } from './common.js';
import type { FollowStore } from './follow-types.js';
export type * from './follow-types.js';

/** Filters shared by the CLI, the API and watch rules. All optional. */
export interface EventFilter {
  /** Unordered pair of state codes, e.g. ["IRN", "RUS"]; matches either direction. */
  dyad?: [string, string];
  /** Directed pair: source then target. */
  directed?: boolean;
  /** Code prefix: "07" matches 070-079, "072" matches 072 and 0721... */
  code?: string;
  /** Either side equals this state code. */
  actor?: string;
  source?: string;
  target?: string;
  /** ISO dates, inclusive, on the event date (falls back to the article date). */
  since?: string;
  until?: string;
  plover?: string;
  quadClass?: number;
  weapon?: string;
  modality?: Modality[];
  /** false excludes hedged events. */
  includeHedged?: boolean;
  articleId?: string;
  /** Page size (default 100, max 1000) and opaque cursor from the previous page. */
  limit?: number;
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Cursor of the next page; null when this page is the last. */
  nextCursor: string | null;
  /**
   * Cursor just after the last item returned (the request's cursor when the
   * page is empty). Unlike nextCursor it is never null, so a watcher can store
   * it and poll for newer rows. Always set by the built-in adapters.
   */
  endCursor?: string | null;
}

/**
 * Per-dyad counts by QuadClass. Dyad codes are sorted (a < b). Counts are of
 * reported events: copies of one story (see src/stories) count once.
 */
export interface DyadSummary {
  a: string;
  b: string;
  total: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  first: string | null;
  last: string | null;
}

/** Everything needed to show why an event was coded. */
export interface Evidence {
  event: CodedEvent;
  article: Omit<Article, 'text'>;
  sentence: Sentence & { text: string };
  /** Mentions inside the sentence, offsets relative to the article. */
  mentions: Mention[];
}

export interface SaveResult {
  /** false when the article (same content hash) was already stored: nothing was written. */
  inserted: boolean;
  sentences: number;
  events: number;
}

/** Outcome of one article in `saveDocs`. */
export type SaveOutcome = { ok: true; value: SaveResult } | { ok: false; issue: Issue };

export interface StoreStats {
  articles: number;
  sentences: number;
  events: number;
  claims: number;
}

/** Event counts per time bucket, for timelines and the network view. */
export interface SeriesRow {
  /** Bucket start date, ISO (week starts Monday; month is YYYY-MM-01). */
  bucket: string;
  a: string;
  b: string;
  quadClass: number;
  plover: string | null;
  count: number;
}

/** Event counts per time bucket over every matching dyad together (the network view's timeline). */
export interface VolumeRow {
  /** Bucket start date, ISO (week starts Monday; month is YYYY-MM-01). */
  bucket: string;
  quadClass: number;
  plover: string | null;
  count: number;
}

/** An alert raised by a watch rule; (rule, key) is unique so it fires once. */
export interface AlertRecord {
  id: string;
  rule: string;
  /** What makes it unique within the rule, e.g. an event id or "stage:IRN-RUS:drone:delivered". */
  key: string;
  createdAt: string;
  payload: unknown;
}

/** Delivery state of one alert to one sink (stdout, file:PATH, webhook:URL). */
export interface DeliveryRecord {
  alertId: string;
  sink: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
}

/**
 * One interface, several adapters (SQLite, PostgreSQL), one shared test suite.
 * Writes are transactional per article; saving the same article twice is a no-op.
 */
export interface Store extends FollowStore {
  readonly kind: 'sqlite' | 'postgres';
  hasArticle(id: string): Promise<boolean>;
  /**
   * Writes article, sentences, mentions and events in one transaction.
   * An article already stored returns inserted:false and writes nothing.
   * A write the database refuses (e.g. a duplicate event id) rolls back and
   * rejects with a StoreError carrying E604: record it as a per-article skip.
   */
  saveDoc(doc: Doc): Promise<SaveResult>;
  /**
   * Saves several articles, each still all-or-nothing (a refused article
   * rolls back alone and comes back as `{ ok: false }` with E604), in as few
   * commits as the adapter can: a batch of ingested articles shares the cost
   * of one commit. Outcomes are in input order.
   */
  saveDocs(docs: Doc[]): Promise<SaveOutcome[]>;
  /** Replaces stored claims (the ledger is recomputed from events). */
  saveClaims(claims: Claim[], links: { eventId: string; claimId: string }[]): Promise<void>;
  /** Events matching the filter, by seq ascending; a malformed cursor rejects with StoreError E605. */
  events(filter: EventFilter): Promise<Page<CodedEvent>>;
  event(id: string): Promise<CodedEvent | null>;
  evidence(id: string): Promise<Evidence | null>;
  dyads(filter: EventFilter): Promise<DyadSummary[]>;
  article(id: string): Promise<Article | null>;
  /** Articles by ingestion order; a malformed cursor rejects with StoreError E605. */
  articles(limit: number, cursor?: string | null): Promise<Page<Omit<Article, 'text'>>>;
  claims(filter: EventFilter): Promise<Claim[]>;
  /** Full-text search over sentences. */
  searchSentences(query: string, limit: number): Promise<{ articleId: string; sentence: number; text: string }[]>;
  stats(): Promise<StoreStats>;
  dyadSeries(filter: EventFilter, bucket: 'week' | 'month'): Promise<SeriesRow[]>;
  /**
   * Like dyadSeries summed over dyads (events with both sides only), without
   * the per-dyad rows: a store-wide timeline is a few hundred rows, not tens of thousands.
   */
  volumeSeries(filter: EventFilter, bucket: 'week' | 'month'): Promise<VolumeRow[]>;
  /** Actors (state-level codes) with their event counts as source and target. */
  actors(): Promise<{ code: string; asSource: number; asTarget: number }[]>;
  /** Adds an alert unless (rule, key) exists; returns whether it was new. Pending deliveries are created for each sink. */
  addAlert(alert: AlertRecord, sinks: string[]): Promise<boolean>;
  /** Deliveries not yet delivered, oldest first. */
  pendingDeliveries(sink?: string): Promise<(DeliveryRecord & { alert: AlertRecord })[]>;
  recordDelivery(alertId: string, sink: string, ok: boolean, error?: string | null): Promise<void>;
  /** Small persistent key-value state (watch cursors). */
  getState(key: string): Promise<string | null>;
  setState(key: string, value: string): Promise<void>;
  /**
   * An opaque token that changes whenever stored data may have changed, by
   * this store or by any other process writing the same database. Equal
   * tokens from one store instance mean every read would answer the same, so
   * a server can reuse responses until the token moves. Cheap: no table scan.
   */
  dataVersion(): Promise<string>;
  close(): Promise<void>;
}
