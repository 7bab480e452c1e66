import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PACKAGE_ROOT } from '../config.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-crash-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Our own wire items, each distinct, about ten commits' worth. */
function corpus(n: number): string {
  const lines: string[] = [];
  const forms = [
    (i: number) => `Officials in Seoul said North Korea shipped ${1000 + i} artillery shells to Russia last month.`,
    (i: number) => `Iran denied on Monday that it had sent ${10 + i} drones to Russia, its foreign ministry said.`,
    (i: number) => `Belarus hosted ${200 + i} Russian troops near Brest, the defence ministry in Minsk said. Talks went on.`,
  ];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `c${i}`, text: forms[i % 3]!(i), published: '2025-03-0' + ((i % 9) + 1) }));
  return lines.join('\n') + '\n';
}

/** The CLI in a child process: `node --import tsx src/cli/bin.ts ingest --db DB FILE --workers 0`. */
function ingestChild(db: string, file: string) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(PACKAGE_ROOT, 'src/cli/bin.ts'), 'ingest', '--db', db, '--workers', '0', file], {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Rows of a fresh read-only connection (what another process sees), or [] while the file has no tables yet. */
function query<T>(db: string, sql: string): T[] {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare(sql).all() as T[];
    } finally {
      conn.close();
    }
  } catch {
    return [];
  }
}

const EVENTS = `SELECT article_id || ' ' || sentence || ' ' || code || ' ' || coalesce(source, '') || '>' || coalesce(target, '') || ' ' || trigger_start || ' ' || modality AS k FROM events`;

test('kill -9 part way through ingest: the store passes its integrity check and a rerun gives the events of an uninterrupted run', async () => {
  const file = path.join(dir, 'corpus.jsonl');
  const total = 640;
  writeFileSync(file, corpus(total));
  const whole = path.join(dir, 'whole.db');
  assert.equal(await exited(ingestChild(whole, file)), 0);
  const expected = query<{ k: string }>(whole, EVENTS).map((r) => r.k).sort();
  assert.ok(expected.length > total / 2, `the corpus yields events (${expected.length})`);

  const killed = path.join(dir, 'killed.db');
  const child = ingestChild(killed, file);
  const done = exited(child);
  // Kill once some commits have landed but not all: the child is then in the middle of its batches.
  let stored = 0;
  while (stored < 128) {
    await new Promise((r) => setTimeout(r, 25));
    stored = query<{ n: number }>(killed, 'SELECT count(*) AS n FROM articles')[0]?.n ?? 0;
  }
  child.kill('SIGKILL');
  assert.equal(await done, null, 'the child was killed, not finished');
  assert.ok(stored < total, `killed part way (${stored} of ${total} stored)`);
  assert.deepEqual(query<{ integrity_check: string }>(killed, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }]);
  assert.equal(await exited(ingestChild(killed, file)), 0);
  assert.deepEqual(query<{ k: string }>(killed, EVENTS).map((r) => r.k).sort(), expected);
  assert.equal(query<{ n: number }>(killed, 'SELECT count(*) AS n FROM articles')[0]!.n, total);
});
