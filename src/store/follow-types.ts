/**
 * Records of the follow stage kept by every store: the sources a `follow`
 * run polls, their HTTP state and health, the items already taken from each
 * (so a restart never ingests an item twice), the fetch log, and the story
 * index that folds near-copies of one article together.
 */

/** What a source is: a feed (RSS/Atom), a (news) sitemap, or one page. */
export type SourceKind = 'feed' | 'sitemap' | 'page';

/** A source as configured (SOURCES.yaml or POST /api/sources). */
export interface SourceRecord {
  id: string;
  url: string;
  kind: SourceKind;
  /** Poll interval in seconds. */
  everySec: number;
  outlet: string | null;
  language: string | null;
  tags: string[];
  /** Where it was declared: 'file' (SOURCES.yaml) or 'api'. */
  origin: 'file' | 'api';
}

/** HTTP and health state of a source, written after each poll. */
export interface SourceState {
  etag: string | null;
  lastModified: string | null;
  /** ISO timestamps. */
  lastFetch: string | null;
  lastSuccess: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Consecutive failed polls; 0 after a success. */
  failures: number;
  /** Earliest ISO time of the next poll (backoff pushes it out). */
  nextFetch: string | null;
}

/** A source with its state and how many new items it gave since midnight UTC. */
export interface SourceHealth extends SourceRecord, SourceState {
  itemsToday: number;
  itemsTotal: number;
}

/** One HTTP request of a follow run. */
export interface FetchLogEntry {
  sourceId: string | null;
  url: string;
  at: string;
  /** HTTP status, null when no response came (network error, refused by a guard). */
  status: number | null;
  bytes: number;
  ms: number;
  /** 'ok', 'not-modified', 'error', 'robots', 'skipped'. */
  outcome: string;
  error: string | null;
}

/** An article already in the story index, as a candidate for a new one. */
export interface StoryCandidate {
  articleId: string;
  storyId: string;
  outlet: string | null;
  /** YYYY-MM-DD when known. */
  published: string | null;
  /** Publication date of the story's first article (the one whose id is the story id). */
  storyPublished: string | null;
  /** MinHash signature as stored (see src/stories/minhash.ts). */
  signature: string;
}

/** One event of an article and which earlier copy's event it repeats (null: it is the first report). */
export interface ReportLink {
  eventId: string;
  reportOf: string | null;
}

/** An article filed into a story: what setStories writes. */
export interface StoryEntry {
  articleId: string;
  storyId: string;
  /** MinHash signature as stored (see src/stories/minhash.ts). */
  signature: string;
  /** LSH band keys: the index later articles are matched against. */
  bands: string[];
  /** For each of its events, the earlier copy's event it repeats. */
  links: ReportLink[];
}

/** An article's place in a story, for "reported by N outlets". */
export interface ArticleStory {
  articleId: string;
  storyId: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
}

/** The follow-stage part of the Store interface. */
export interface FollowStore {
  /** Adds a source or updates its configuration (its state is kept). */
  upsertSource(s: SourceRecord): Promise<void>;
  /** Every source with its health, by id. */
  sources(): Promise<SourceHealth[]>;
  source(id: string): Promise<SourceHealth | null>;
  /** Writes the given state fields of a source. */
  updateSourceState(id: string, patch: Partial<SourceState>): Promise<void>;
  /** True when the source already gave this item (by guid or link). */
  itemSeen(sourceId: string, key: string): Promise<boolean>;
  /** Records an item as taken (after its article is stored, so a crash refetches it). */
  markItemSeen(sourceId: string, key: string, articleId: string | null): Promise<void>;
  logFetch(entry: FetchLogEntry): Promise<void>;
  /** Latest fetch log entries of a source (all sources when null), newest first. */
  fetchLog(sourceId: string | null, limit: number): Promise<FetchLogEntry[]>;
  /** Articles sharing at least one LSH band with the given ones. */
  storyCandidates(bands: string[]): Promise<StoryCandidate[]>;
  /**
   * Puts articles in their stories: story id, signature, bands and report
   * links of each, all in one transaction (one commit for a whole batch).
   */
  setStories(entries: StoryEntry[]): Promise<void>;
  /** Article ids stored but not yet in the story index (crash between save and setStories), oldest first. */
  articlesWithoutStory(limit: number): Promise<string[]>;
  /** Story, outlet and link of each given article. */
  articleStories(articleIds: string[]): Promise<ArticleStory[]>;
  /** Every article of a story, oldest first. */
  storyArticles(storyId: string): Promise<ArticleStory[]>;
}
