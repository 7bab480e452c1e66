import Database from 'better-sqlite3';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { Claim } from '../../core/event.js';
import type { Doc } from '../../core/doc.js';
import type { AlertRecord, SaveOutcome, SaveResult, Store } from '../store.js';
import { StoreError, clampLimit, fts5Query } from '../common.js';
import { SqlStoreBase } from '../sql-base.js';
import type { Statement } from '../follow-sql.js';
import type { Row } from '../rows.js';
import {
  ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, SENTENCE_COLUMNS,
  articleValues, eventValues, mentionValues, parseJsonText, sentenceValues,
} from '../rows.js';
import { migrate } from './schema.js';

const toJson = (v: unknown): string => JSON.stringify(v ?? null);
const toBit = (b: boolean): number => (b ? 1 : 0);

/** A prepared read returning arrays, and the function that turns one into a keyed row. */
interface RawReader {
  stmt: Database.Statement;
  toRow: (values: unknown[]) => Row;
}

/**
 * better-sqlite3 builds row objects key by key, slow for the 47 columns of an
 * events row. Reading arrays and building each row with one compiled object
 * literal (a single fixed shape for V8) made a 100-event page about a third
 * cheaper. Duplicate column names keep the last value, as objects do.
 */
function rawReader(stmt: Database.Statement): RawReader {
  if (!stmt.reader) throw new Error(`not a query: ${stmt.source.slice(0, 60)}`);
  const names = stmt.columns().map((c) => c.name);
  // Keys are JSON-quoted column names from our own SQL, never request data.
  const body = `return {${names.map((n, i) => `${JSON.stringify(n)}: v[${i}]`).join(', ')}};`;
  return { stmt: stmt.raw(true), toRow: new Function('v', body) as (values: unknown[]) => Row };
}

function insertSql(table: string, cols: readonly string[], tail = ''): string {
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})${tail}`;
}

/**
 * Opens (creating if needed) a SQLite store: WAL journal, synchronous=NORMAL
 * (durable at checkpoints, much faster ingest), foreign keys on, migrations
 * applied. Fails with E601 when the file cannot be opened, E602 when it was
 * written by a newer dyadwatch.
 */
export function openSqliteStore(path: string): Result<Store> {
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Readers (server) and the writer (ingest) may share the file: wait instead of failing at once.
    db.pragma('busy_timeout = 5000');
    const migrated = migrate(db, path);
    if (!migrated.ok) {
      db.close();
      return migrated;
    }
    return ok(new SqliteStore(db));
  } catch (e) {
    if (db?.open) db.close();
    return fail(issue('E601', { target: path, detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** The SQLite adapter. Writes are synchronous inside better-sqlite3 transactions. */
export class SqliteStore extends SqlStoreBase {
  readonly kind = 'sqlite' as const;
  protected readonly dialect = 'sqlite' as const;
  protected readonly json = parseJsonText;
  private readonly cache = new Map<string, Database.Statement>();
  private readonly readers = new Map<string, RawReader>();
  /** Statements of the hot ingest path, prepared once. */
  private readonly ins: Record<'article' | 'sentence' | 'fts' | 'mention' | 'event', Database.Statement>;
  private readonly writeDoc: (doc: Doc) => SaveResult;
  /**
   * data_version moves when another connection commits (never for our own
   * writes); total_changes() counts every row this connection has written,
   * whichever method wrote it. Together they move on any write.
   */
  private readonly version: { others: Database.Statement; ours: Database.Statement };
  private readonly prep = (sql: string): Database.Statement => {
    let s = this.cache.get(sql);
    if (!s) {
      // Filters yield a bounded set of SQL shapes; the cap only guards against surprises.
      if (this.cache.size >= 500) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  };

  constructor(readonly db: Database.Database) {
    super();
    // Two plain statements: cheaper per call than one query selecting both.
    this.version = { others: db.prepare('PRAGMA data_version').pluck(), ours: db.prepare('SELECT total_changes()').pluck() };
    this.ins = {
      article: db.prepare(insertSql('articles', ARTICLE_COLUMNS, ' ON CONFLICT(id) DO NOTHING')),
      sentence: db.prepare(insertSql('sentences', SENTENCE_COLUMNS)),
      fts: db.prepare('INSERT INTO sentence_fts (text, article_id, idx) VALUES (?, ?, ?)'),
      mention: db.prepare(insertSql('mentions', MENTION_COLUMNS)),
      event: db.prepare(insertSql('events', EVENT_COLUMNS)),
    };
    this.writeDoc = db.transaction((doc: Doc) => this.insertDoc(doc));
  }

  protected async all(sql: string, params: unknown[]): Promise<Row[]> {
    let r = this.readers.get(sql);
    if (!r) {
      if (this.readers.size >= 500) this.readers.clear();
      r = rawReader(this.db.prepare(sql));
      this.readers.set(sql, r);
    }
    return (r.stmt.all(...params) as unknown[][]).map(r.toRow);
  }

  protected async run(sql: string, params: unknown[]): Promise<void> {
    this.prep(sql).run(...params);
  }

  protected async batch(statements: Statement[]): Promise<void> {
    this.db.transaction(() => {
      for (const st of statements) this.prep(st.sql).run(...st.params);
    })();
  }

  async dataVersion(): Promise<string> {
    return `${this.version.others.get() as number}.${this.version.ours.get() as number}`;
  }

  private insertDoc(doc: Doc): SaveResult {
    const a = doc.article;
    if (this.ins.article.run(...articleValues(a, toJson)).changes === 0) {
      return { inserted: false, sentences: 0, events: 0 };
    }
    for (const s of doc.sentences) {
      this.ins.sentence.run(...sentenceValues(a.id, s));
      this.ins.fts.run(a.text.slice(s.start, s.end), a.id, s.index);
    }
    doc.mentions.forEach((m, i) => this.ins.mention.run(...mentionValues(a.id, i, m, toJson)));
    for (const e of doc.events) this.ins.event.run(...eventValues(e, a, toBit, toJson));
    return { inserted: true, sentences: doc.sentences.length, events: doc.events.length };
  }

  async saveDoc(doc: Doc): Promise<SaveResult> {
    try {
      return this.writeDoc(doc);
    } catch (e) {
      // The database refused the write (constraint, full disk...): expected per-article failure.
      if (e instanceof Database.SqliteError) {
        throw new StoreError(issue('E604', { article: doc.article.id, detail: e.message }), { cause: e });
      }
      throw e;
    }
  }

  /**
   * One commit for the whole batch, one savepoint per article: a refused
   * article rolls back to its savepoint alone. The commit is what costs in
   * WAL mode (FTS segments, page writes), so batching is most of ingest speed.
   */
  override async saveDocs(docs: Doc[]): Promise<SaveOutcome[]> {
    const one = (doc: Doc): SaveOutcome => {
      try {
        // better-sqlite3 runs a transaction function called inside another as a savepoint.
        return { ok: true, value: this.writeDoc(doc) };
      } catch (e) {
        if (e instanceof Database.SqliteError) return { ok: false, issue: issue('E604', { article: doc.article.id, detail: e.message }) };
        throw e;
      }
    };
    return this.db.transaction((all: Doc[]) => all.map(one))(docs);
  }

  async saveClaims(claims: Claim[], links: { eventId: string; claimId: string }[]): Promise<void> {
    const insClaim = this.prep(
      insertSql('claims', ['id', 'source', 'target', 'root', 'weapon', 'asserting', 'denying']),
    );
    const insLink = this.prep('INSERT INTO claim_links (claim_id, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const setClaim = this.prep('UPDATE events SET claim_id = ? WHERE id = ?');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM claim_links; DELETE FROM claims;');
      for (const c of claims) {
        insClaim.run(c.id, c.source, c.target, c.root, c.weapon, toJson(c.asserting), toJson(c.denying));
        for (const ev of [...c.asserting, ...c.denying]) insLink.run(c.id, ev);
      }
      for (const l of links) {
        insLink.run(l.claimId, l.eventId);
        setClaim.run(l.claimId, l.eventId);
      }
    })();
  }

  /** FTS5 search; the query is reduced to quoted words so user input cannot be a syntax error. */
  async searchSentences(query: string, limit: number): Promise<{ articleId: string; sentence: number; text: string }[]> {
    const match = fts5Query(query);
    if (!match) return [];
    const sql = `SELECT article_id AS articleId, idx AS sentence, text FROM sentence_fts
      WHERE sentence_fts MATCH ? ORDER BY rank LIMIT ?`;
    return this.prep(sql).all(match, clampLimit(limit)) as { articleId: string; sentence: number; text: string }[];
  }

  async addAlert(alert: AlertRecord, sinks: string[]): Promise<boolean> {
    const insAlert = this.prep(
      insertSql('alerts', ['id', 'rule', 'key', 'created_at', 'payload'], ' ON CONFLICT(rule, key) DO NOTHING'),
    );
    const insDelivery = this.prep(
      `INSERT INTO deliveries (alert_id, sink, status, attempts) VALUES (?, ?, 'pending', 0) ON CONFLICT DO NOTHING`,
    );
    return this.db.transaction(() => {
      const a = alert;
      if (insAlert.run(a.id, a.rule, a.key, a.createdAt, toJson(a.payload)).changes === 0) return false;
      for (const sink of sinks) insDelivery.run(a.id, sink);
      return true;
    })();
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Lets SQLite refresh planner statistics for the queries this connection ran.
    this.db.pragma('optimize');
    this.db.close();
  }
}
