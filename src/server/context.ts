import type { Config } from '../config.js';
import type { RawArticle } from '../core/article.js';
import type { Result } from '../core/result.js';
import type { Store } from '../store/store.js';
import type { Hub } from './hub.js';
import type { CacheLimits, ResponseCache } from './cache.js';
import type { Pipeline } from '../pipeline/pipeline.js';

/**
 * Ingests one raw article (the CLI passes `raw => ingestRaw(pipeline, store, raw)`).
 * Its value is returned to the client as `result`; its issues as the error.
 */
export type IngestFn = (raw: RawArticle) => Promise<Result<unknown>> | Result<unknown>;

/** Optional collaborators of the app; everything has a safe default. */
export interface ServerDeps {
  /** How POST /api/articles ingests; without it (and without a pipeline) the route answers 501 (E808). */
  ingest?: IngestFn;
  /** When no `ingest` is given, POST /api/articles runs `ingestRaw(pipeline, store, raw)`. */
  pipeline?: Pipeline;
  /** Directory of the built dashboard (web/dist); null serves the API only. */
  webRoot?: string | null;
  /** How often /api/stream polls the store while clients are connected (ms). */
  pollMs?: number;
  /** Precompute the dashboard's first view after listening (default true). */
  warm?: boolean;
  /**
   * Limits of the response cache; maxEntries 0 keeps nothing, so every read is
   * computed from the store (the load test measures uncached answers this way).
   */
  cache?: CacheLimits;
  /** Where unexpected errors are logged (stderr by default); never sent to clients. */
  log?: (message: string) => void;
}

/** What every route module receives: no module-level state anywhere. */
export interface AppContext {
  config: Config;
  store: Store;
  deps: ServerDeps;
  hub: Hub;
  /** Serialized answers of read endpoints, until the store's data version moves. */
  cache: ResponseCache;
  log: (message: string) => void;
}
