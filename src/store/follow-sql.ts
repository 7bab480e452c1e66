import type {
  ArticleStory, FetchLogEntry, FollowStore, SourceHealth, SourceRecord, SourceState, StoryCandidate, StoryEntry,
} from './follow-types.js';
import { Params } from './filter.js';
import type { Row } from './rows.js';

/** One statement of a transactional batch. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** Source state fields and their columns; updateSourceState writes only these. */
const STATE_COLUMNS: Record<keyof SourceState, string> = {
  etag: 'etag',
  lastModified: 'last_modified',
  lastFetch: 'last_fetch',
  lastSuccess: 'last_success',
  lastError: 'last_error',
  lastErrorAt: 'last_error_at',
  failures: 'failures',
  nextFetch: 'next_fetch',
};

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function rowToSource(r: Row): SourceHealth {
  return {
    id: r.id as string,
    url: r.url as string,
    kind: r.kind as SourceRecord['kind'],
    everySec: Number(r.every_sec),
    outlet: str(r.outlet),
    language: str(r.language),
    tags: JSON.parse(r.tags as string) as string[],
    origin: r.origin as SourceRecord['origin'],
    etag: str(r.etag),
    lastModified: str(r.last_modified),
    lastFetch: str(r.last_fetch),
    lastSuccess: str(r.last_success),
    lastError: str(r.last_error),
    lastErrorAt: str(r.last_error_at),
    failures: Number(r.failures),
    nextFetch: str(r.next_fetch),
    itemsToday: Number(r.items_today),
    itemsTotal: Number(r.items_total),
  };
}

function rowToArticleStory(r: Row): ArticleStory {
  return {
    articleId: r.id as string,
    storyId: str(r.story_id),
    outlet: str(r.outlet),
    url: str(r.url),
    title: str(r.title),
  };
}

/**
 * The follow-stage store methods (sources, seen items, fetch log, story
 * index), written once in SQL both SQLite and PostgreSQL accept. Adapters
 * supply the driver calls and a transactional batch.
 */
export abstract class FollowSqlBase implements FollowStore {
  protected abstract readonly dialect: 'sqlite' | 'postgres';
  protected abstract all(sql: string, params: unknown[]): Promise<Row[]>;
  protected abstract run(sql: string, params: unknown[]): Promise<void>;
  /** Runs the statements in one transaction. */
  protected abstract batch(statements: Statement[]): Promise<void>;

  protected params(): Params {
    return new Params(this.dialect);
  }

  async upsertSource(s: SourceRecord): Promise<void> {
    const p = this.params();
    const v = [s.id, s.url, s.kind, s.everySec, s.outlet, s.language, JSON.stringify(s.tags), s.origin, new Date().toISOString()];
    await this.run(
      `INSERT INTO sources (id, url, kind, every_sec, outlet, language, tags, origin, added_at)
       VALUES (${v.map((x) => p.add(x)).join(', ')})
       ON CONFLICT (id) DO UPDATE SET url = excluded.url, kind = excluded.kind, every_sec = excluded.every_sec,
         outlet = excluded.outlet, language = excluded.language, tags = excluded.tags, origin = excluded.origin`,
      p.values,
    );
  }

  /** Sources with their item counts; one source when `id` is given. */
  private async sourceRows(id: string | null): Promise<SourceHealth[]> {
    const p = this.params();
    const today = p.add(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    const where = id === null ? '' : ` WHERE s.id = ${p.add(id)}`;
    const sql = `SELECT s.*,
      (SELECT count(*) FROM source_items i WHERE i.source_id = s.id AND i.seen_at >= ${today}) AS items_today,
      (SELECT count(*) FROM source_items i WHERE i.source_id = s.id) AS items_total
      FROM sources s${where} ORDER BY s.id`;
    return (await this.all(sql, p.values)).map(rowToSource);
  }

  async sources(): Promise<SourceHealth[]> {
    return this.sourceRows(null);
  }

  async source(id: string): Promise<SourceHealth | null> {
    return (await this.sourceRows(id))[0] ?? null;
  }

  async updateSourceState(id: string, patch: Partial<SourceState>): Promise<void> {
    const p = this.params();
    const sets: string[] = [];
    for (const [k, col] of Object.entries(STATE_COLUMNS)) {
      if (k in patch) sets.push(`${col} = ${p.add(patch[k as keyof SourceState] ?? null)}`);
    }
    if (!sets.length) return;
    await this.run(`UPDATE sources SET ${sets.join(', ')} WHERE id = ${p.add(id)}`, p.values);
  }

  async itemSeen(sourceId: string, key: string): Promise<boolean> {
    const p = this.params();
    const rows = await this.all(
      `SELECT 1 AS x FROM source_items WHERE source_id = ${p.add(sourceId)} AND item_key = ${p.add(key)}`,
      p.values,
    );
    return rows.length > 0;
  }

  async markItemSeen(sourceId: string, key: string, articleId: string | null): Promise<void> {
    const p = this.params();
    await this.run(
      `INSERT INTO source_items (source_id, item_key, article_id, seen_at)
       VALUES (${p.add(sourceId)}, ${p.add(key)}, ${p.add(articleId)}, ${p.add(new Date().toISOString())})
       ON CONFLICT (source_id, item_key) DO NOTHING`,
      p.values,
    );
  }

  async logFetch(e: FetchLogEntry): Promise<void> {
    const p = this.params();
    const v = [e.sourceId, e.url, e.at, e.status, e.bytes, e.ms, e.outcome, e.error];
    await this.run(
      `INSERT INTO fetch_log (source_id, url, at, status, bytes, ms, outcome, error)
       VALUES (${v.map((x) => p.add(x)).join(', ')})`,
      p.values,
    );
  }

  async fetchLog(sourceId: string | null, limit: number): Promise<FetchLogEntry[]> {
    const p = this.params();
    const where = sourceId === null ? '' : ` WHERE source_id = ${p.add(sourceId)}`;
    const rows = await this.all(`SELECT * FROM fetch_log${where} ORDER BY seq DESC LIMIT ${p.add(limit)}`, p.values);
    return rows.map((r) => ({
      sourceId: str(r.source_id),
      url: r.url as string,
      at: r.at as string,
      status: r.status === null || r.status === undefined ? null : Number(r.status),
      bytes: Number(r.bytes),
      ms: Number(r.ms),
      outcome: r.outcome as string,
      error: str(r.error),
    }));
  }

  async storyCandidates(bands: string[]): Promise<StoryCandidate[]> {
    if (!bands.length) return [];
    const p = this.params();
    const list = bands.map((b) => p.add(b)).join(', ');
    const rows = await this.all(
      `SELECT a.id, a.story_id, a.outlet, a.published, r.published AS story_published, s.signature FROM articles a
       JOIN story_signatures s ON s.article_id = a.id
       LEFT JOIN articles r ON r.id = coalesce(a.story_id, a.id)
       WHERE a.id IN (SELECT DISTINCT b.article_id FROM story_bands b WHERE b.band IN (${list}))
       ORDER BY a.seq`,
      p.values,
    );
    return rows.map((r) => ({
      articleId: r.id as string,
      storyId: (r.story_id ?? r.id) as string,
      outlet: str(r.outlet),
      published: str(r.published),
      storyPublished: str(r.story_published),
      signature: r.signature as string,
    }));
  }

  async setStories(entries: StoryEntry[]): Promise<void> {
    const s = (sql: string, ...params: unknown[]): Statement => {
      let n = 0;
      // Written with ? placeholders; PostgreSQL gets $1, $2... in order.
      return { sql: this.dialect === 'sqlite' ? sql : sql.replace(/\?/g, () => `$${++n}`), params };
    };
    const statements = entries.flatMap((e) => [
      s('UPDATE articles SET story_id = ? WHERE id = ?', e.storyId, e.articleId),
      s(
        `INSERT INTO story_signatures (article_id, signature) VALUES (?, ?)
         ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature`,
        e.articleId,
        e.signature,
      ),
      ...e.bands.map((b) => s('INSERT INTO story_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING', b, e.articleId)),
      ...e.links.filter((l) => l.reportOf !== null).map((l) => s('UPDATE events SET report_of = ? WHERE id = ?', l.reportOf, l.eventId)),
    ]);
    if (statements.length) await this.batch(statements);
  }

  async articlesWithoutStory(limit: number): Promise<string[]> {
    const p = this.params();
    const rows = await this.all(`SELECT id FROM articles WHERE story_id IS NULL ORDER BY seq LIMIT ${p.add(limit)}`, p.values);
    return rows.map((r) => r.id as string);
  }

  async articleStories(articleIds: string[]): Promise<ArticleStory[]> {
    if (!articleIds.length) return [];
    const p = this.params();
    const rows = await this.all(
      `SELECT id, story_id, outlet, url, title FROM articles WHERE id IN (${articleIds.map((a) => p.add(a)).join(', ')})
       ORDER BY seq`,
      p.values,
    );
    return rows.map(rowToArticleStory);
  }

  async storyArticles(storyId: string): Promise<ArticleStory[]> {
    const p = this.params();
    const rows = await this.all(
      `SELECT id, story_id, outlet, url, title FROM articles WHERE story_id = ${p.add(storyId)} ORDER BY seq`,
      p.values,
    );
    return rows.map(rowToArticleStory);
  }
}
