import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runStoreSuite } from '../store.case.js';
import { articleOne } from '../fixtures.case.js';
import { openStore } from '../open.js';
import type { Store } from '../store.js';
import { openSqliteStore, SqliteStore } from './sqlite.js';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION, migrate } from './schema.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyadwatch-store-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempPath = (): string => path.join(dir, `t${n++}.db`);

async function openTemp(file = tempPath()): Promise<Store> {
  const r = await openStore({ kind: 'sqlite', path: file, url: '', schema: '' });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
}

runStoreSuite('sqlite (temp file)', () => openTemp(), (s) => openTemp((s as SqliteStore).db.name));

describe('sqlite adapter', () => {
  it('uses WAL, synchronous=NORMAL and foreign keys', async () => {
    const store = (await openTemp()) as SqliteStore;
    assert.equal(store.kind, 'sqlite');
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('synchronous', { simple: true }), 1);
    assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
    await store.close();
    await store.close(); // idempotent
  });

  it('reopens an existing database with its data', async () => {
    const file = tempPath();
    const first = await openTemp(file);
    await first.saveDoc(articleOne());
    await first.close();
    const again = await openTemp(file);
    assert.equal((await again.stats()).events, 4);
    assert.equal((again as SqliteStore).db.pragma('user_version', { simple: true }), SQLITE_SCHEMA_VERSION);
    await again.close();
  });

  it('applies only the migrations a database lacks, in order', () => {
    const db = new Database(tempPath());
    const step2 = { id: SQLITE_SCHEMA_VERSION + 1, reason: 'test: add a column', sql: 'ALTER TABLE state ADD COLUMN note TEXT;' };
    assert.deepEqual(migrate(db, 'x'), { ok: true, value: SQLITE_SCHEMA_VERSION });
    assert.deepEqual(migrate(db, 'x'), { ok: true, value: SQLITE_SCHEMA_VERSION }, 'idempotent');
    assert.deepEqual(migrate(db, 'x', [...SQLITE_MIGRATIONS, step2]), { ok: true, value: step2.id });
    const cols = (db.pragma('table_info(state)') as { name: string }[]).map((c) => c.name);
    assert.deepEqual(cols, ['key', 'value', 'note']);
    const older = migrate(db, 'x');
    assert.equal(!older.ok && older.issues[0]!.code, 'E602');
    db.close();
  });

  it('refuses a database written by a newer dyadwatch (E602)', () => {
    const file = tempPath();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    raw.close();
    const r = openSqliteStore(file);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.issues[0]!.code, 'E602');
  });

  it('reports a file it cannot open (E601)', () => {
    const r = openSqliteStore(path.join(dir, 'no-such-dir', 'x.db'));
    assert.equal(!r.ok && r.issues[0]!.code, 'E601');
    const junk = tempPath();
    fs.writeFileSync(junk, 'this is not a database, just text '.repeat(200));
    const j = openSqliteStore(junk);
    assert.equal(!j.ok && j.issues[0]!.code, 'E601');
  });
});
