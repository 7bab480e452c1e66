import type Database from 'better-sqlite3';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import { sqliteFirstReportTriggers, sqliteHistoryMigration, sqliteSummaryMigration } from '../summary.js';

/** One schema step. Append new steps; never edit or reorder applied ones. */
export interface Migration {
  /** Schema version after this step (1, 2, ...), stored in PRAGMA user_version. */
  id: number;
  /** Why the step exists, for whoever reads an old database. */
  reason: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    reason: 'Initial schema: articles, sentences (+FTS5), mentions, events, claims, alerts, deliveries, state.',
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  external_id TEXT, url TEXT, title TEXT, published TEXT, outlet TEXT,
  dateline TEXT, origin TEXT NOT NULL, text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  token_start INTEGER NOT NULL, token_end INTEGER NOT NULL, paragraph INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
-- Sentence text lives only here (it is a slice of the article text).
CREATE VIRTUAL TABLE sentence_fts USING fts5(
  text, article_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, sentence INTEGER NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  token_start INTEGER NOT NULL, token_end INTEGER NOT NULL,
  kind TEXT NOT NULL, actors TEXT NOT NULL, rule TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_sentence ON mentions(article_id, sentence);
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, plover TEXT, goldstein REAL NOT NULL,
  quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  source TEXT, target TEXT, source_actor TEXT, target_actor TEXT,
  dyad_a TEXT, dyad_b TEXT,
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
  weapon TEXT, system TEXT, maker TEXT, quantity TEXT, quantity_min REAL, quantity_max REAL, stage TEXT,
  weapon_start INTEGER, weapon_end INTEGER, quantity_start INTEGER, quantity_end INTEGER,
  modality TEXT NOT NULL, hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
  cue_spans TEXT NOT NULL, claimant TEXT, reported_by TEXT, chain TEXT NOT NULL,
  date TEXT, date_precision TEXT NOT NULL, date_source TEXT,
  eff_date TEXT, eff_week TEXT, eff_month TEXT,
  claim_id TEXT, rules TEXT NOT NULL, dict_version TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id, sentence);
CREATE INDEX events_dyad ON events(dyad_a, dyad_b, seq);
CREATE INDEX events_source ON events(source, target, seq);
CREATE INDEX events_target ON events(target, seq);
CREATE INDEX events_code ON events(code, seq);
CREATE INDEX events_date ON events(eff_date);
CREATE INDEX events_claim ON events(claim_id);
CREATE TABLE claims (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT, target TEXT, root TEXT NOT NULL, weapon TEXT,
  asserting TEXT NOT NULL, denying TEXT NOT NULL
);
CREATE TABLE claim_links (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  PRIMARY KEY (claim_id, event_id)
) WITHOUT ROWID;
CREATE INDEX claim_links_event ON claim_links(event_id);
CREATE TABLE alerts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL, key TEXT NOT NULL, created_at TEXT NOT NULL, payload TEXT NOT NULL,
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
) WITHOUT ROWID;
CREATE INDEX deliveries_status ON deliveries(status, sink);
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`,
  },
  {
    id: 2,
    reason:
      'Covering indices for the dashboard aggregates (dyads, monthly volume): with every column the ' +
      'network filters touch in the index, GROUP BY reads the index alone instead of the wide event rows. ' +
      'Partial: only events with a dyad are ever aggregated, so the others cost no index writes.',
    sql: `
CREATE INDEX events_dyad_agg ON events(dyad_a, dyad_b, quad_class, modality, hedged, eff_date, code, weapon)
  WHERE dyad_a IS NOT NULL;
CREATE INDEX events_month_agg ON events(eff_month, quad_class, plover, modality, hedged, code, weapon)
  WHERE dyad_a IS NOT NULL;
`,
  },
  {
    id: 3,
    reason:
      'Summary tables for the dashboard (dyad_totals: per dyad, QuadClass, modality, hedged, with first and last date; ' +
      'dyad_weekly, dyad_monthly: per dyad, week or month, QuadClass, PLOVER type, modality, hedged), kept by triggers on events, ' +
      'so the dyad list and a dyad timeline read thousands of rows instead of a million (see src/store/summary.ts).',
    sql: sqliteSummaryMigration(),
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
) WITHOUT ROWID;
CREATE INDEX source_items_seen ON source_items(source_id, seen_at);
CREATE TABLE fetch_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, source_id TEXT, url TEXT NOT NULL, at TEXT NOT NULL,
  status INTEGER, bytes INTEGER NOT NULL, ms INTEGER NOT NULL, outcome TEXT NOT NULL, error TEXT
);
CREATE INDEX fetch_log_source ON fetch_log(source_id, seq);
ALTER TABLE articles ADD COLUMN story_id TEXT;
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE story_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, signature TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE story_bands (
  band TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_article ON story_bands(article_id);
ALTER TABLE events ADD COLUMN report_of TEXT;
DROP INDEX events_dyad_agg;
DROP INDEX events_month_agg;
CREATE INDEX events_dyad_agg ON events(dyad_a, dyad_b, quad_class, modality, hedged, eff_date, code, weapon, report_of)
  WHERE dyad_a IS NOT NULL;
CREATE INDEX events_month_agg ON events(eff_month, quad_class, plover, modality, hedged, code, weapon, report_of)
  WHERE dyad_a IS NOT NULL;
` + sqliteFirstReportTriggers(),
  },
  {
    id: 5,
    reason:
      'History (events the text dates well before the report, or background clauses): a flag so current ' +
      'counts and alerts leave them out. The dyad aggregate index gains the column so it stays covering, and ' +
      'dyad_totals (the current dyad counts) no longer counts history; the timelines still place it at its own date.',
    sql: sqliteHistoryMigration(),
  },
];

/** Highest schema version this code knows. */
export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]!.id;

/**
 * Brings the database up to SQLITE_SCHEMA_VERSION, each step in its own
 * transaction together with the user_version bump, so a crash never leaves a
 * half-applied step. Refuses (E602) a database written by newer code.
 * `migrations` is a parameter only so tests can play an upgrade.
 */
export function migrate(
  db: Database.Database,
  target: string,
  migrations: readonly Migration[] = SQLITE_MIGRATIONS,
): Result<number> {
  const expected = migrations[migrations.length - 1]?.id ?? 0;
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > expected) return fail(issue('E602', { target, found, expected }));
  for (const m of migrations) {
    if (m.id <= found) continue;
    db.transaction(() => {
      // Re-read under the write lock: another process may have migrated while we waited.
      if ((db.pragma('user_version', { simple: true }) as number) >= m.id) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.id}`);
    }).immediate();
  }
  return ok(expected);
}
