import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Doc } from '../core/doc.js';
import type { EventFilter, Store } from './store.js';
import type { SqlStoreBase } from './sql-base.js';
import { synthDoc } from '../server/synth.case.js';
import { openSqliteStore, SqliteStore } from './sqlite/sqlite.js';
import { openPostgresStore, pgConnectionConfig, PostgresStore } from './postgres/postgres.js';
import { migrate, SQLITE_MIGRATIONS } from './sqlite/schema.js';
import Database from 'better-sqlite3';

/**
 * The summary tables (migration 3) must answer exactly what counting the
 * events table answers, for every filter they take, after inserts, updates
 * and deletes, and after a backfill of events stored before the migration.
 */

/** Synthetic docs with the awkward cases mixed in: month-only dates, no date at all, no PLOVER type. */
function docs(n: number): Doc[] {
  return Array.from({ length: n }, (_, k) => {
    const d = synthDoc(k);
    d.events.forEach((e, i) => {
      if (k % 4 === 1) Object.assign(e, { date: e.date!.slice(0, 7), datePrecision: 'month' });
      if (k % 4 === 2 && i % 3 === 0) Object.assign(e, { date: null, datePrecision: 'none' });
      if (i % 7 === 0) e.plover = null;
    });
    if (k % 4 === 2) d.article.published = null;
    if (k % 4 === 2 && d.article.dateline) d.article.dateline.date = null;
    return d;
  });
}

const FILTERS: EventFilter[] = [
  {},
  { modality: ['actual', 'future', 'conditional'], includeHedged: false },
  { dyad: ['USA', 'RUS'] },
  { dyad: ['RUS', 'USA'], modality: ['actual'] },
  { actor: 'CHN' },
  { quadClass: 2 },
  { plover: 'AID' },
  // Not answerable from the summaries: must still be right (events path).
  { dyad: ['USA', 'RUS'], directed: true },
  { since: '2023-06-01', code: '07' },
];

type Base = Store & Pick<SqlStoreBase, 'dyadsFromEvents' | 'dyadSeriesFromEvents'>;

async function assertSummariesExact(store: Base, label: string): Promise<void> {
  for (const f of FILTERS) {
    assert.deepEqual(await store.dyads(f), await store.dyadsFromEvents(f), `${label}: dyads ${JSON.stringify(f)}`);
    for (const b of ['week', 'month'] as const) {
      assert.deepEqual(await store.dyadSeries(f, b), await store.dyadSeriesFromEvents(f, b), `${label}: ${b} series ${JSON.stringify(f)}`);
    }
  }
}

async function saveAll(store: Store, ds: Doc[]): Promise<void> {
  for (const o of await store.saveDocs(ds)) assert.ok(o.ok);
}

describe('summary tables, SQLite', () => {
  it('match the events table after inserts, updates, deletes and claim links', async () => {
    const s = openSqliteStore(':memory:');
    assert.ok(s.ok);
    const store = s.value as SqliteStore;
    await saveAll(store, docs(24));
    const [withDyad] = await store.dyads({});
    assert.ok(withDyad && withDyad.total > 0);
    await assertSummariesExact(store, 'inserted');
    store.db.exec(`UPDATE events SET modality = 'negated', hedged = 1 - hedged WHERE seq % 5 = 0`);
    store.db.exec(`UPDATE events SET source = target, target = source, dyad_a = dyad_a WHERE seq % 11 = 0`);
    store.db.exec(`UPDATE events SET eff_date = '2022-12-31', eff_week = '2022-12-26', eff_month = '2022-12-01' WHERE seq % 13 = 0`);
    await assertSummariesExact(store, 'updated');
    store.db.exec(`DELETE FROM articles WHERE id IN ('syn3', 'syn6', 'syn10')`);
    store.db.exec(`DELETE FROM events WHERE seq % 9 = 0`);
    await assertSummariesExact(store, 'deleted');
    await store.close();
  });

  it('are backfilled from events stored before the migration', async () => {
    const db = new Database(':memory:');
    assert.ok(migrate(db, 'memory', SQLITE_MIGRATIONS.slice(0, 2)).ok);
    // Writes go through the adapter; no summary tables exist yet. Today's adapter also writes the
    // history flag of migration 4, so the column stands in for the write and is gone before migrating.
    db.exec('ALTER TABLE events ADD COLUMN history INTEGER NOT NULL DEFAULT 0');
    const old = new SqliteStore(db);
    await saveAll(old, docs(12));
    db.exec('ALTER TABLE events DROP COLUMN history');
    assert.ok(migrate(db, 'memory').ok);
    await assertSummariesExact(new SqliteStore(db), 'backfilled');
    db.close();
  });
});

describe('summary tables, PostgreSQL', () => {
  const URL = process.env.DYADWATCH_TEST_PG ?? 'postgres://127.0.0.1:5432/test';
  const schema = `dw_summary_${process.pid}_${Date.now().toString(36)}`;
  let store: PostgresStore | null = null;
  let skip: string | null = null;

  before(async () => {
    const s = await openPostgresStore(URL, schema);
    if (!s.ok) skip = `no PostgreSQL at ${URL}: ${s.issues[0]!.message}`;
    else store = s.value as PostgresStore;
  });

  after(async () => {
    await store?.close();
    if (skip) return;
    const c = new pg.Client(pgConnectionConfig(URL));
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  });

  it('match the events table after inserts, updates, deletes and claim links', async (t) => {
    if (skip || !store) return t.skip(skip ?? 'no store');
    await saveAll(store, docs(24));
    await assertSummariesExact(store, 'inserted');
    const q = (sql: string) => store!.pool.query(sql);
    await q(`UPDATE events SET modality = 'negated', hedged = NOT hedged WHERE seq % 5 = 0`);
    await q(`UPDATE events SET eff_date = '2022-12-31', eff_week = '2022-12-26', eff_month = '2022-12-01' WHERE seq % 13 = 0`);
    await store.saveClaims([], []);
    await assertSummariesExact(store, 'updated');
    await q(`DELETE FROM articles WHERE id IN ('syn3', 'syn6', 'syn10')`);
    await q(`DELETE FROM events WHERE seq % 9 = 0`);
    await assertSummariesExact(store, 'deleted');
  });
});
