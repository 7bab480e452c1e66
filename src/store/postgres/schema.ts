import type pg from 'pg';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import { pgFirstReportFunctions, pgHistoryMigration, pgSummaryMigration } from '../summary.js';

/** One schema step. Append new steps; never edit or reorder applied ones. */
export interface PgMigration {
  /** Schema version after this step, recorded in schema_version. */
  id: number;
  reason: string;
  sql: string;
}

// Text compared by prefix or range (codes, dates) uses COLLATE "C": locale
// collations ignore punctuation and would break `code < '07~'` style ranges.
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    id: 1,
    reason: 'Initial schema: articles, sentences (+tsvector search table), mentions, events, claims, alerts, deliveries, state.',
    sql: `
CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  external_id TEXT, url TEXT, title TEXT, published TEXT, outlet TEXT,
  dateline JSONB, origin TEXT NOT NULL, text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
);
CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  token_start INTEGER NOT NULL, token_end INTEGER NOT NULL, paragraph INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
);
-- Sentence text lives only in the search table (it is a slice of the article text).
CREATE TABLE sentence_search (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, idx) REFERENCES sentences(article_id, idx) ON DELETE CASCADE
);
CREATE INDEX sentence_search_tsv ON sentence_search USING GIN (tsv);
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, sentence INTEGER NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  token_start INTEGER NOT NULL, token_end INTEGER NOT NULL,
  kind TEXT NOT NULL, actors JSONB NOT NULL, rule TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_sentence ON mentions(article_id, sentence);
CREATE TABLE events (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  code TEXT COLLATE "C" NOT NULL, root TEXT NOT NULL, plover TEXT, goldstein DOUBLE PRECISION NOT NULL,
  quad_class SMALLINT NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  source TEXT COLLATE "C", target TEXT COLLATE "C", source_actor TEXT, target_actor TEXT,
  dyad_a TEXT COLLATE "C", dyad_b TEXT COLLATE "C",
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
  weapon TEXT, system TEXT, maker TEXT, quantity TEXT,
  quantity_min DOUBLE PRECISION, quantity_max DOUBLE PRECISION, stage TEXT,
  weapon_start INTEGER, weapon_end INTEGER, quantity_start INTEGER, quantity_end INTEGER,
  modality TEXT NOT NULL, hedged BOOLEAN NOT NULL,
  cue_spans JSONB NOT NULL, claimant TEXT, reported_by TEXT, chain JSONB NOT NULL,
  date TEXT, date_precision TEXT NOT NULL, date_source TEXT,
  eff_date TEXT COLLATE "C", eff_week TEXT COLLATE "C", eff_month TEXT COLLATE "C",
  claim_id TEXT, rules JSONB NOT NULL, dict_version TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id, sentence);
CREATE INDEX events_dyad ON events(dyad_a, dyad_b, seq);
CREATE INDEX events_source ON events(source, target, seq);
CREATE INDEX events_target ON events(target, seq);
CREATE INDEX events_code ON events(code, seq);
CREATE INDEX events_date ON events(eff_date);
CREATE INDEX events_claim ON events(claim_id);
CREATE TABLE claims (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT, target TEXT, root TEXT NOT NULL, weapon TEXT,
  asserting JSONB NOT NULL, denying JSONB NOT NULL
);
CREATE TABLE claim_links (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  PRIMARY KEY (claim_id, event_id)
);
CREATE INDEX claim_links_event ON claim_links(event_id);
CREATE TABLE alerts (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL, key TEXT NOT NULL, created_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  UNIQUE (rule, key)
);
CREATE TABLE deliveries (
  alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  sink TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  updated_at TEXT,
  PRIMARY KEY (alert_id, sink)
);
CREATE INDEX deliveries_status ON deliveries(status, sink);
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
  {
    id: 2,
    reason:
      'Covering indices for the dashboard aggregates (index-only GROUP BY), and a data version bumped by ' +
      'statement triggers on every table the API reads, so a server can cache answers until the data changes.',
    sql: `
CREATE INDEX events_dyad_agg ON events(dyad_a, dyad_b, quad_class, modality, hedged, eff_date, code, weapon)
  WHERE dyad_a IS NOT NULL;
CREATE INDEX events_month_agg ON events(eff_month, quad_class, plover, modality, hedged, code, weapon)
  WHERE dyad_a IS NOT NULL;
CREATE TABLE data_version (one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one), n BIGINT NOT NULL);
INSERT INTO data_version (one, n) VALUES (TRUE, 0);
-- The bump commits with the write it counts, so a reader that sees the new
-- number also sees the new rows. search_path is pinned to this schema.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE data_version SET n = n + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON articles
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER sentences_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sentences
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER sentence_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sentence_search
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER mentions_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON mentions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER events_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER claims_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON claims
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER claim_links_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON claim_links
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
`,
  },
  {
    id: 3,
    reason:
      'Summary tables for the dashboard (dyad_totals: per dyad, QuadClass, modality, hedged, with first and last date; ' +
      'dyad_weekly, dyad_monthly: per dyad, week or month, QuadClass, PLOVER type, modality, hedged), kept by triggers on events, ' +
      'so the dyad list and a dyad timeline read thousands of rows instead of a million (see src/store/summary.ts).',
    sql: pgSummaryMigration(),
  },
  {
    id: 4,
    reason:
      'Follow stage: sources with their HTTP state and health, the items taken from each (a restart never ' +
      'ingests one twice), the fetch log; stories: story_id on articles, MinHash signatures and LSH bands (the ' +
      'index near-copies are matched against), report_of on events so copies of one story count once. ' +
      'The covering aggregate indices gain report_of; the summary triggers of migration 3 count first reports only.',
    sql: `
CREATE TABLE sources (
  id TEXT PRIMARY KEY, url TEXT NOT NULL, kind TEXT NOT NULL, every_sec INTEGER NOT NULL,
  outlet TEXT, language TEXT, tags TEXT NOT NULL, origin TEXT NOT NULL, added_at TEXT NOT NULL,
  etag TEXT, last_modified TEXT, last_fetch TEXT, last_success TEXT, last_error TEXT, last_error_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0, next_fetch TEXT
);
CREATE TABLE source_items (
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL, article_id TEXT, seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, item_key)
);
CREATE INDEX source_items_seen ON source_items(source_id, seen_at);
CREATE TABLE fetch_log (
  seq BIGSERIAL PRIMARY KEY, source_id TEXT, url TEXT NOT NULL, at TEXT NOT NULL,
  status INTEGER, bytes BIGINT NOT NULL, ms INTEGER NOT NULL, outcome TEXT NOT NULL, error TEXT
);
CREATE INDEX fetch_log_source ON fetch_log(source_id, seq);
ALTER TABLE articles ADD COLUMN story_id TEXT;
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE story_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, signature TEXT NOT NULL
);
CREATE TABLE story_bands (
  band TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
);
CREATE INDEX story_bands_article ON story_bands(article_id);
ALTER TABLE events ADD COLUMN report_of TEXT;
DROP INDEX events_dyad_agg;
DROP INDEX events_month_agg;
CREATE INDEX events_dyad_agg ON events(dyad_a, dyad_b, quad_class, modality, hedged, eff_date, code, weapon, report_of)
  WHERE dyad_a IS NOT NULL;
CREATE INDEX events_month_agg ON events(eff_month, quad_class, plover, modality, hedged, code, weapon, report_of)
  WHERE dyad_a IS NOT NULL;
` + pgFirstReportFunctions(),
  },
  {
    id: 5,
    reason:
      'History (events the text dates well before the report, or background clauses): a flag so current ' +
      'counts and alerts leave them out. The dyad aggregate index gains the column so it stays covering, and ' +
      'dyad_totals (the current dyad counts) no longer counts history; the timelines still place it at its own date.',
    sql: pgHistoryMigration(),
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.id;

/** Identifier check: the schema name is spliced into SQL, so only plain names are accepted. */
export function validSchemaName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name);
}

/**
 * Creates the schema if needed and applies pending migrations in one
 * transaction. An advisory lock keyed on the schema name serializes
 * concurrent openers (server and ingest starting together).
 */
export async function migratePg(client: pg.PoolClient, schema: string, target: string): Promise<Result<number>> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dyadwatch:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`SET LOCAL search_path TO "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version INTEGER PRIMARY KEY, reason TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    const found = r.rows[0]?.v ?? 0;
    if (found > PG_SCHEMA_VERSION) {
      await client.query('ROLLBACK');
      return fail(issue('E602', { target, found, expected: PG_SCHEMA_VERSION }));
    }
    for (const m of PG_MIGRATIONS) {
      if (m.id <= found) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_version (version, reason) VALUES ($1, $2)', [m.id, m.reason]);
    }
    await client.query('COMMIT');
    return ok(PG_SCHEMA_VERSION);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
