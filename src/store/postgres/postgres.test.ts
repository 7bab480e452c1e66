import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { runStoreSuite } from '../store.case.js';
import { openStore } from '../open.js';
import type { Store } from '../store.js';
import { openPostgresStore, pgConnectionConfig } from './postgres.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from './schema.js';

/** The test server: trust auth on this machine; override with DYADWATCH_TEST_PG. */
const URL = process.env.DYADWATCH_TEST_PG ?? 'postgres://127.0.0.1:5432/test';
const prefix = `dw_test_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ ...pgConnectionConfig(URL), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops every schema this run created. */
async function dropAll(): Promise<void> {
  if (!schemas.length) return;
  const client = new pg.Client(pgConnectionConfig(URL));
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await client.end();
}

/** Schema of each store freshStore opened, so a test can open a second connection to it. */
const schemaOf = new WeakMap<Store, string>();

async function freshStore(schema = `${prefix}_${schemas.length}`): Promise<Store> {
  if (!schemas.includes(schema)) schemas.push(schema);
  const r = await openStore({ kind: 'postgres', path: '', url: URL, schema });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  schemaOf.set(r.value, schema);
  return r.value;
}

const down = await reachable();
if (down) {
  describe('postgres adapter', () => {
    it(`skipped: PostgreSQL at ${URL} is unreachable (${down})`, { skip: `no PostgreSQL at ${URL}: ${down}` }, () => {});
  });
} else {
  after(dropAll);
  runStoreSuite('postgres (fresh schema)', () => freshStore(), (s) => freshStore(schemaOf.get(s)));

  describe('postgres adapter', () => {
    let schema = '';
    before(() => {
      schema = `${prefix}_mig`;
      schemas.push(schema);
    });

    it('migrates once, reopens, and refuses a newer schema (E602)', async () => {
      const first = await openPostgresStore(URL, schema);
      assert.ok(first.ok);
      assert.equal(first.value.kind, 'postgres');
      await first.value.close();
      const again = await openPostgresStore(URL, schema);
      assert.ok(again.ok);
      await again.value.close();
      const client = new pg.Client(pgConnectionConfig(URL));
      await client.connect();
      const rows = await client.query(`SELECT version FROM "${schema}".schema_version ORDER BY version`);
      assert.deepEqual(rows.rows.map((r: { version: number }) => r.version), PG_MIGRATIONS.map((m) => m.id));
      await client.query(`INSERT INTO "${schema}".schema_version (version, reason) VALUES ($1, 'from the future')`, [
        PG_SCHEMA_VERSION + 1,
      ]);
      await client.end();
      const newer = await openPostgresStore(URL, schema);
      assert.equal(!newer.ok && newer.issues[0]!.code, 'E602');
    });

    it('rejects a bad schema name (E606) and an unreachable server (E601)', async () => {
      const bad = await openPostgresStore(URL, 'x"; DROP SCHEMA public; --');
      assert.equal(!bad.ok && bad.issues[0]!.code, 'E606');
      const off = await openPostgresStore('postgres://127.0.0.1:1/none', 'dw');
      assert.equal(!off.ok && off.issues[0]!.code, 'E601');
    });
  });
}
