import type { Article } from '../core/article.js';
import type { CodedEvent, Claim } from '../core/event.js';
import type { Doc } from '../core/doc.js';
import type {
  AlertRecord, DeliveryRecord, DyadSummary, EventFilter, Evidence, Page, SaveOutcome, SaveResult, SeriesRow, Store, StoreStats,
  VolumeRow,
} from './store.js';
import { clampLimit, cursorOrThrow, makePage, saveOne } from './common.js';
import type { Params } from './filter.js';
import { eventConditions, restrictsEvents, whereClause } from './filter.js';
import { FollowSqlBase } from './follow-sql.js';
import type { JsonDecode, Row } from './rows.js';
import { numericSeries, numericTotals, summaryConditions, totalsSql, seriesSql } from './summary.js';
import {
  rowToAlert, rowToArticle, rowToArticleMeta, rowToClaim, rowToEvent, rowToMention, rowToSentence,
} from './rows.js';

type SeqRow = Row & { seq: number };

/**
 * Counts are of reported events: an event repeated by a near-copy of its
 * article (another outlet running the same story) carries the id of the
 * first report in report_of and is left out of dyads, timelines, volumes and
 * actor counts, as in the summary tables (migration 4), so a story counts once.
 */
const FIRST_REPORT = 'e.report_of IS NULL';
type ActorCount = { code: string; asSource: number; asTarget: number };

/**
 * Everything both SQL adapters do the same way: reads and single-statement
 * writes, written once in the SQL both SQLite and PostgreSQL accept
 * (FILTER aggregates, ON CONFLICT upserts). Adapters supply the driver calls,
 * the transactional writes and full-text search.
 */
export abstract class SqlStoreBase extends FollowSqlBase implements Store {
  abstract readonly kind: 'sqlite' | 'postgres';
  protected abstract readonly json: JsonDecode;

  abstract saveDoc(doc: Doc): Promise<SaveResult>;

  /** One transaction per article; adapters that can group commits override this. */
  async saveDocs(docs: Doc[]): Promise<SaveOutcome[]> {
    const out: SaveOutcome[] = [];
    for (const d of docs) out.push(await saveOne(() => this.saveDoc(d)));
    return out;
  }
  abstract saveClaims(claims: Claim[], links: { eventId: string; claimId: string }[]): Promise<void>;
  abstract searchSentences(query: string, limit: number): Promise<{ articleId: string; sentence: number; text: string }[]>;
  abstract addAlert(alert: AlertRecord, sinks: string[]): Promise<boolean>;
  abstract dataVersion(): Promise<string>;
  abstract close(): Promise<void>;

  private async one(sql: string, p: Params): Promise<Row | undefined> {
    return (await this.all(sql, p.values))[0];
  }

  async hasArticle(id: string): Promise<boolean> {
    const p = this.params();
    return (await this.one(`SELECT 1 AS x FROM articles WHERE id = ${p.add(id)}`, p)) !== undefined;
  }

  async events(f: EventFilter): Promise<Page<CodedEvent>> {
    const limit = clampLimit(f.limit);
    const after = cursorOrThrow(f.cursor);
    const p = this.params();
    const c = eventConditions(f, p);
    c.push(`e.seq > ${p.add(after)}`);
    const sql = `SELECT e.* FROM events e${whereClause(c)} ORDER BY e.seq LIMIT ${p.add(limit + 1)}`;
    const rows = (await this.all(sql, p.values)) as SeqRow[];
    return makePage(rows, limit, after, (r) => rowToEvent(r, this.json));
  }

  async event(id: string): Promise<CodedEvent | null> {
    const p = this.params();
    const row = await this.one(`SELECT * FROM events WHERE id = ${p.add(id)}`, p);
    return row ? rowToEvent(row, this.json) : null;
  }

  async evidence(id: string): Promise<Evidence | null> {
    const event = await this.event(id);
    if (!event) return null;
    const article = await this.article(event.articleId);
    const p = this.params();
    const srow = await this.one(
      `SELECT * FROM sentences WHERE article_id = ${p.add(event.articleId)} AND idx = ${p.add(event.sentence)}`,
      p,
    );
    // Foreign keys guarantee both; their absence means a corrupted database, a bug to surface.
    if (!article || !srow) throw new Error(`evidence: event ${id} has no article or sentence row`);
    const sentence = rowToSentence(srow);
    const q = this.params();
    const mrows = await this.all(
      `SELECT * FROM mentions WHERE article_id = ${q.add(event.articleId)} AND sentence = ${q.add(event.sentence)}
       ORDER BY idx`,
      q.values,
    );
    const { text, ...meta } = article;
    return {
      event,
      article: meta,
      // Offsets are UTF-16 indices: slice in JS, never with SQL substr (code points).
      sentence: { ...sentence, text: text.slice(sentence.start, sentence.end) },
      mentions: mrows.map((r) => rowToMention(r, this.json)),
    };
  }

  async dyads(f: EventFilter): Promise<DyadSummary[]> {
    const s = this.params();
    const sc = summaryConditions(f, s, 'totals');
    if (sc) return numericTotals((await this.all(totalsSql(sc), s.values)) as unknown as DyadSummary[]);
    return this.dyadsFromEvents(f);
  }

  /** The dyad list counted from the events table: filters the summary cannot answer (and the tests' reference). */
  async dyadsFromEvents(f: EventFilter): Promise<DyadSummary[]> {
    const p = this.params();
    // History (dated well before its report) is placed at its own date in the series but never counts as current.
    const c = ['e.dyad_a IS NOT NULL', FIRST_REPORT, 'NOT e.history', ...eventConditions(f, p)];
    const q = (n: number) => `count(*) FILTER (WHERE e.quad_class = ${n}) AS q${n}`;
    const sql = `SELECT e.dyad_a AS a, e.dyad_b AS b, count(*) AS total, ${[1, 2, 3, 4].map(q).join(', ')},
      min(e.eff_date) AS first, max(e.eff_date) AS last
      FROM events e${whereClause(c)} GROUP BY e.dyad_a, e.dyad_b ORDER BY total DESC, a, b`;
    return (await this.all(sql, p.values)) as unknown as DyadSummary[];
  }

  async dyadSeries(f: EventFilter, bucket: 'week' | 'month'): Promise<SeriesRow[]> {
    const s = this.params();
    const sc = summaryConditions(f, s, 'series');
    if (sc) return numericSeries((await this.all(seriesSql(sc, bucket), s.values)) as unknown as SeriesRow[]);
    return this.dyadSeriesFromEvents(f, bucket);
  }

  /** Dyad timelines counted from the events table (see dyadsFromEvents). */
  async dyadSeriesFromEvents(f: EventFilter, bucket: 'week' | 'month'): Promise<SeriesRow[]> {
    const col = bucket === 'week' ? 'e.eff_week' : 'e.eff_month';
    const p = this.params();
    const c = ['e.dyad_a IS NOT NULL', FIRST_REPORT, `${col} IS NOT NULL`, ...eventConditions(f, p)];
    const sql = `SELECT ${col} AS bucket, e.dyad_a AS a, e.dyad_b AS b, e.quad_class AS "quadClass",
      e.plover AS plover, count(*) AS count FROM events e${whereClause(c)}
      GROUP BY ${col}, e.dyad_a, e.dyad_b, e.quad_class, e.plover
      ORDER BY bucket, a, b, "quadClass", plover`;
    return (await this.all(sql, p.values)) as unknown as SeriesRow[];
  }

  async volumeSeries(f: EventFilter, bucket: 'week' | 'month'): Promise<VolumeRow[]> {
    const col = bucket === 'week' ? 'e.eff_week' : 'e.eff_month';
    const p = this.params();
    // Same rows as dyadSeries (dyad_a set), so the two timelines always add up alike.
    const c = ['e.dyad_a IS NOT NULL', FIRST_REPORT, `${col} IS NOT NULL`, ...eventConditions(f, p)];
    const sql = `SELECT ${col} AS bucket, e.quad_class AS "quadClass", e.plover AS plover, count(*) AS count
      FROM events e${whereClause(c)} GROUP BY ${col}, e.quad_class, e.plover ORDER BY bucket, "quadClass", plover`;
    return (await this.all(sql, p.values)) as unknown as VolumeRow[];
  }

  async actors(): Promise<ActorCount[]> {
    const sql = `SELECT code, CAST(sum(s) AS INTEGER) AS "asSource", CAST(sum(t) AS INTEGER) AS "asTarget" FROM (
        SELECT source AS code, count(*) AS s, 0 AS t FROM events e WHERE source IS NOT NULL AND ${FIRST_REPORT} AND NOT e.history GROUP BY source
        UNION ALL
        SELECT target AS code, 0 AS s, count(*) AS t FROM events e WHERE target IS NOT NULL AND ${FIRST_REPORT} AND NOT e.history GROUP BY target
      ) AS sides GROUP BY code ORDER BY sum(s) + sum(t) DESC, code`;
    return (await this.all(sql, [])) as unknown as ActorCount[];
  }

  async article(id: string): Promise<Article | null> {
    const p = this.params();
    const row = await this.one(`SELECT * FROM articles WHERE id = ${p.add(id)}`, p);
    return row ? rowToArticle(row, this.json) : null;
  }

  async articles(limit: number, cursor?: string | null): Promise<Page<Omit<Article, 'text'>>> {
    const n = clampLimit(limit);
    const after = cursorOrThrow(cursor);
    const p = this.params();
    const sql = `SELECT seq, id, external_id, url, title, published, outlet, dateline, origin
      FROM articles WHERE seq > ${p.add(after)} ORDER BY seq LIMIT ${p.add(n + 1)}`;
    const rows = (await this.all(sql, p.values)) as SeqRow[];
    return makePage(rows, n, after, (r) => rowToArticleMeta(r, this.json));
  }

  /** Claims with at least one linked event matching the filter (all claims for an empty filter), in saved order. */
  async claims(f: EventFilter): Promise<Claim[]> {
    const p = this.params();
    let sql = 'SELECT c.* FROM claims c';
    if (restrictsEvents(f)) {
      const where = whereClause(eventConditions(f, p));
      sql += ` WHERE c.id IN (SELECT l.claim_id FROM claim_links l JOIN events e ON e.id = l.event_id${where})`;
    }
    sql += ' ORDER BY c.seq';
    if (f.limit !== undefined) sql += ` LIMIT ${p.add(clampLimit(f.limit))}`;
    return (await this.all(sql, p.values)).map((r) => rowToClaim(r, this.json));
  }

  async stats(): Promise<StoreStats> {
    const row = await this.one(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sentences) AS sentences,
       (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM claims) AS claims`,
      this.params(),
    );
    return row as unknown as StoreStats;
  }

  async pendingDeliveries(sink?: string): Promise<(DeliveryRecord & { alert: AlertRecord })[]> {
    const p = this.params();
    const bySink = sink === undefined ? '' : ` AND d.sink = ${p.add(sink)}`;
    const rows = await this.all(
      `SELECT a.id AS alert_id, a.rule, a.key, a.created_at, a.payload, d.sink, d.status, d.attempts, d.last_error
       FROM deliveries d JOIN alerts a ON a.id = d.alert_id
       WHERE d.status <> 'delivered'${bySink} ORDER BY a.seq, d.sink`,
      p.values,
    );
    return rows.map((r) => ({
      alertId: r.alert_id as string,
      sink: r.sink as string,
      status: r.status as DeliveryRecord['status'],
      attempts: Number(r.attempts),
      lastError: (r.last_error ?? null) as string | null,
      alert: rowToAlert(r),
    }));
  }

  async recordDelivery(alertId: string, sink: string, ok: boolean, error?: string | null): Promise<void> {
    const p = this.params();
    const status = ok ? 'delivered' : 'failed';
    const values = `${p.add(alertId)}, ${p.add(sink)}, ${p.add(status)}, 1, ${p.add(ok ? null : (error ?? null))}, ${p.add(
      new Date().toISOString(),
    )}`;
    // Upsert: a sink added after the alert was raised still gets its bookkeeping.
    await this.run(
      `INSERT INTO deliveries (alert_id, sink, status, attempts, last_error, updated_at) VALUES (${values})
       ON CONFLICT (alert_id, sink) DO UPDATE SET status = excluded.status, attempts = deliveries.attempts + 1,
         last_error = excluded.last_error, updated_at = excluded.updated_at`,
      p.values,
    );
  }

  async getState(key: string): Promise<string | null> {
    const p = this.params();
    const row = await this.one(`SELECT value FROM state WHERE key = ${p.add(key)}`, p);
    return row ? (row.value as string) : null;
  }

  async setState(key: string, value: string): Promise<void> {
    const p = this.params();
    await this.run(
      `INSERT INTO state (key, value) VALUES (${p.add(key)}, ${p.add(value)})
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      p.values,
    );
  }
}
