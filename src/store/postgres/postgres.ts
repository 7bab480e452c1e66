import os from 'node:os';
import pg from 'pg';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { Claim } from '../../core/event.js';
import type { Doc } from '../../core/doc.js';
import type { AlertRecord, SaveResult, Store } from '../store.js';
import { StoreError, clampLimit, queryWords } from '../common.js';
import { SqlStoreBase } from '../sql-base.js';
import type { Statement } from '../follow-sql.js';
import type { Row } from '../rows.js';
import { jsonAsIs } from '../rows.js';
import { SAVE_DOC_SQL, saveDocValues } from './bulk.js';
import { migratePg, validSchemaName } from './schema.js';

const toJson = (v: unknown): string => JSON.stringify(v ?? null);
const INT8_OID = 20;

/** Parses BIGINT (seq, count(*)) to a number per pool, without touching pg's global parsers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Client settings for a URL. When the URL names no user, fall back like
 * libpq (PGUSER, then the OS user): pg alone would read only $USER, which
 * services and containers often leave unset.
 */
export function pgConnectionConfig(url: string): pg.ClientConfig {
  const user = process.env.PGUSER || process.env.USER || os.userInfo().username;
  // pg lets the URL's (empty) user override a `user` option, so the fallback goes into the URL.
  if (!URL.canParse(url)) return { connectionString: url };
  const u = new URL(url);
  if (!u.username && u.host) u.username = encodeURIComponent(user);
  return { connectionString: u.toString() };
}

/** Multi-row INSERT in chunks that stay under PostgreSQL's 65535 bind parameters. */
async function insertRows(
  client: pg.PoolClient,
  table: string,
  cols: readonly string[],
  rows: unknown[][],
): Promise<void> {
  const per = Math.max(1, Math.floor(30000 / cols.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values: unknown[] = [];
    const tuples = chunk.map((r) => `(${r.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

/**
 * Connects to PostgreSQL, creating `schema` and applying migrations.
 * Fails with E606 (bad schema name), E601 (cannot connect), E602 (newer schema).
 */
export async function openPostgresStore(url: string, schema: string): Promise<Result<Store>> {
  if (!validSchemaName(schema)) return fail(issue('E606', { schema }));
  // search_path per connection via startup options: every pooled client sees our tables first.
  const pool = new pg.Pool({
    ...pgConnectionConfig(url),
    options: `-c search_path="${schema}"`,
    types,
    max: 4,
    // Fail (E601) rather than hang on a server that drops packets.
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const target = `${url.replace(/\/\/[^@/]*@/, '//')} (schema ${schema})`;
  try {
    const client = await pool.connect();
    try {
      const migrated = await migratePg(client, schema, target);
      if (!migrated.ok) {
        client.release();
        await pool.end();
        return migrated;
      }
    } catch (e) {
      client.release(e instanceof Error ? e : true);
      throw e;
    }
    client.release();
    return ok(new PostgresStore(pool, schema));
  } catch (e) {
    await pool.end().catch(() => undefined);
    return fail(issue('E601', { target, detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** The PostgreSQL adapter: a pool, one transaction per article, idempotent via ON CONFLICT. */
export class PostgresStore extends SqlStoreBase {
  readonly kind = 'postgres' as const;
  protected readonly dialect = 'postgres' as const;
  protected readonly json = jsonAsIs;
  private closed = false;

  /** Simple-protocol prelude of an article write (one round trip); see saveDoc. */
  private readonly beginDoc: string;

  constructor(
    readonly pool: pg.Pool,
    schema: string,
  ) {
    super();
    // The schema name is validated (validSchemaName), so it is safe inside a literal.
    this.beginDoc = `BEGIN; SET LOCAL synchronous_commit TO OFF; SELECT pg_advisory_xact_lock(hashtext('dyadwatch-write:${schema}'))`;
  }

  protected async all(sql: string, params: unknown[]): Promise<Row[]> {
    return (await this.pool.query(sql, params)).rows as Row[];
  }

  protected async run(sql: string, params: unknown[]): Promise<void> {
    await this.pool.query(sql, params);
  }

  protected async batch(statements: Statement[]): Promise<void> {
    await this.tx(async (c) => {
      for (const st of statements) await c.query(st.sql, st.params);
    });
  }

  /** Runs `work` in a transaction on one pooled client; rolls back and rethrows on error. */
  private async tx<T>(work: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(begin);
      const out = await work(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      // A failed ROLLBACK means the connection is gone: discard it rather than reuse it.
      await client.query('ROLLBACK').catch((r: unknown) => (broken = r instanceof Error ? r : new Error(String(r))));
      throw e;
    } finally {
      client.release(broken);
    }
  }

  /**
   * One transaction per article. Writers take a per-schema advisory lock so
   * seq values commit in order: a watcher tailing events by cursor can never
   * skip a row that commits late with a lower seq. synchronous_commit is off
   * for these transactions: a crash may lose the last few articles (never
   * corrupt), and re-ingesting restores them because hasArticle is false.
   */
  async saveDoc(doc: Doc): Promise<SaveResult> {
    try {
      return await this.tx((c) => this.insertDoc(c, doc), this.beginDoc);
    } catch (e) {
      if (e instanceof pg.DatabaseError) {
        throw new StoreError(issue('E604', { article: doc.article.id, detail: e.message }), { cause: e });
      }
      throw e;
    }
  }

  private async insertDoc(c: pg.PoolClient, doc: Doc): Promise<SaveResult> {
    const r = await c.query({ name: 'dyadwatch_save_doc', text: SAVE_DOC_SQL, values: saveDocValues(doc, toJson) });
    if (Number(r.rows[0]?.inserted) === 0) return { inserted: false, sentences: 0, events: 0 };
    return { inserted: true, sentences: doc.sentences.length, events: doc.events.length };
  }

  async saveClaims(claims: Claim[], links: { eventId: string; claimId: string }[]): Promise<void> {
    await this.tx(async (c) => {
      await c.query('DELETE FROM claim_links');
      await c.query('DELETE FROM claims');
      const cols = ['id', 'source', 'target', 'root', 'weapon', 'asserting', 'denying'];
      const rows = claims.map((k) => [k.id, k.source, k.target, k.root, k.weapon, toJson(k.asserting), toJson(k.denying)]);
      await insertRows(c, 'claims', cols, rows);
      const pairs = new Map<string, [string, string]>();
      for (const k of claims) for (const ev of [...k.asserting, ...k.denying]) pairs.set(`${k.id}\u0000${ev}`, [k.id, ev]);
      for (const l of links) pairs.set(`${l.claimId}\u0000${l.eventId}`, [l.claimId, l.eventId]);
      await insertRows(c, 'claim_links', ['claim_id', 'event_id'], [...pairs.values()]);
      if (links.length) {
        await c.query(
          `UPDATE events SET claim_id = l.claim_id FROM unnest($1::text[], $2::text[]) AS l(event_id, claim_id)
           WHERE events.id = l.event_id`,
          [links.map((l) => l.eventId), links.map((l) => l.claimId)],
        );
      }
    });
  }

  /** tsvector search ('simple' config, like FTS5's unicode61: no stemming); words are ANDed. */
  async searchSentences(query: string, limit: number): Promise<{ articleId: string; sentence: number; text: string }[]> {
    const words = queryWords(query);
    if (!words.length) return [];
    // plainto_tsquery never raises on odd input; words are pre-cleaned anyway.
    const r = await this.pool.query(
      `SELECT article_id AS "articleId", idx AS sentence, text FROM sentence_search, plainto_tsquery('simple', $1) q
       WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, article_id, idx LIMIT $2`,
      [words.join(' '), clampLimit(limit)],
    );
    return r.rows as { articleId: string; sentence: number; text: string }[];
  }

  async addAlert(alert: AlertRecord, sinks: string[]): Promise<boolean> {
    return this.tx(async (c) => {
      const a = alert;
      const r = await c.query(
        `INSERT INTO alerts (id, rule, key, created_at, payload) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (rule, key) DO NOTHING`,
        [a.id, a.rule, a.key, a.createdAt, toJson(a.payload)],
      );
      if (r.rowCount === 0) return false;
      const unique = [...new Set(sinks)];
      if (unique.length) {
        await insertRows(c, 'deliveries', ['alert_id', 'sink', 'status', 'attempts'], unique.map((s) => [a.id, s, 'pending', 0]));
      }
      return true;
    });
  }

  /** The counter the triggers of migration 2 bump in every writing transaction. */
  async dataVersion(): Promise<string> {
    const r = await this.pool.query({ name: 'dyadwatch_data_version', text: 'SELECT n FROM data_version', values: [] });
    return String(r.rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
