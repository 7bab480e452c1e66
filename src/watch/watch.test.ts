import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Store } from '../store/store.js';
import { openStore } from '../store/open.js';
import { runWatchCommand } from './index.js';
import type { WatchIo } from './sinks.js';
import { makeDoc } from './fixtures.case.js';
import Database from 'better-sqlite3';

const RULES = `
rules:
  - id: frd-syl-missiles
    dyad: FRD->SYL
    codes: ["072"]
    weapons: [ballistic_missile]
    modality: any
`;

async function open(file: string): Promise<Store> {
  const s = await openStore({ kind: 'sqlite', path: file, url: '', schema: 'x' });
  assert.ok(s.ok, JSON.stringify(!s.ok && s.issues));
  return s.value;
}

function capture(): WatchIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => void lines.push(s), err: (s) => void errors.push(s) };
}

const missileDoc = (id: string, date: string) =>
  makeDoc(id, date, ['Freedonia may soon send hundreds of missiles to Sylvania.', 'Freedonia met Sylvania.'], [
    { s: 0, trigger: 'send', weapon: 'ballistic_missile', modality: 'future', hedged: true, quantity: 'hundreds' },
    { s: 1, trigger: 'met', code: '040', root: '04', weapon: null },
  ]);

/** A real HTTP server on 127.0.0.1 that answers 500 to the first `failures` requests, then 200. */
async function flakyServer(failures: number) {
  const bodies: unknown[] = [];
  const keys: unknown[] = [];
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls++;
      if (calls <= failures) {
        res.writeHead(500).end('busy');
        return;
      }
      bodies.push(JSON.parse(body));
      keys.push(req.headers['idempotency-key']);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, bodies, keys, calls: () => calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}

test('webhook: retried after a 500, and no duplicate after closing and reopening the SQLite file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-watch-'));
  const rulesPath = path.join(dir, 'rules.yaml');
  writeFileSync(rulesPath, RULES);
  const dbFile = path.join(dir, 'watch.db');
  const hook = await flakyServer(1);
  try {
    let store = await open(dbFile);
    await store.saveDoc(missileDoc('art1', '2030-04-01'));
    const io = capture();
    const args = { rulesPath, once: true, webhook: hook.url, io, delivery: { baseDelayMs: 5 } };
    assert.equal(await runWatchCommand(store, args), 0);
    assert.equal(hook.calls(), 2, 'one 500, then a successful retry');
    assert.equal(hook.bodies.length, 1);
    const alert = hook.bodies[0] as { rule: string; key: string; alert: { events: { sentence: string; weapon: string }[] } };
    assert.equal(alert.rule, 'frd-syl-missiles');
    assert.deepEqual(hook.keys, [(alert as unknown as { id: string }).id], 'the alert id is the idempotency key, so a receiver can drop a repeat');
    assert.equal(alert.alert.events[0]!.weapon, 'ballistic_missile');
    assert.equal(alert.alert.events[0]!.sentence, 'Freedonia may soon send hundreds of missiles to Sylvania.');
    await store.close();

    // Restart: a new process would open the same file; nothing is sent again.
    store = await open(dbFile);
    assert.equal(await runWatchCommand(store, args), 0);
    assert.equal(hook.bodies.length, 1, 'a delivered alert is never re-sent');
    assert.equal(hook.calls(), 2);
    assert.deepEqual(await store.pendingDeliveries(), []);
    await store.close();
  } finally {
    await hook.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failing webhook keeps the alert queued, logs E703, and the next run delivers it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-watch-'));
  const rulesPath = path.join(dir, 'rules.yaml');
  writeFileSync(rulesPath, RULES);
  const dbFile = path.join(dir, 'watch.db');
  // Three 500s: every attempt of the first run fails.
  const hook = await flakyServer(3);
  try {
    let store = await open(dbFile);
    await store.saveDoc(missileDoc('art1', '2030-04-01'));
    const io = capture();
    const args = { rulesPath, once: true, webhook: hook.url, io, delivery: { baseDelayMs: 1, attempts: 3 } };
    await runWatchCommand(store, args);
    assert.ok(io.errors.some((e) => e.startsWith('E703')), io.errors.join('\n'));
    assert.equal(hook.bodies.length, 0);
    const pending = await store.pendingDeliveries();
    assert.equal(pending.length, 1);
    assert.equal(pending[0]!.lastError, 'HTTP 500');
    await store.close();

    store = await open(dbFile);
    await runWatchCommand(store, args);
    assert.equal(hook.bodies.length, 1, 'delivered on the next run');
    assert.deepEqual(await store.pendingDeliveries(), []);
    await store.close();
  } finally {
    await hook.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('file sink appends JSON lines; stdout is the default sink', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-watch-'));
  const rulesPath = path.join(dir, 'rules.yaml');
  writeFileSync(rulesPath, RULES);
  const out = path.join(dir, 'alerts.jsonl');
  const store = await open(path.join(dir, 'w.db'));
  try {
    await store.saveDoc(missileDoc('art1', '2030-04-01'));
    const io = capture();
    await runWatchCommand(store, { rulesPath, once: true, io });
    assert.equal(io.lines.length, 1);
    assert.equal(JSON.parse(io.lines[0]!).rule, 'frd-syl-missiles');
    await store.saveDoc(missileDoc('art2', '2030-04-08'));
    await runWatchCommand(store, { rulesPath, once: true, out, io: capture() });
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1, 'only the new alert goes to the file');
    assert.equal(JSON.parse(lines[0]!).alert.events[0].articleId, 'art2');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('polling: new events stored while watching raise alerts, until stopped', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-watch-'));
  const rulesPath = path.join(dir, 'rules.yaml');
  writeFileSync(rulesPath, RULES);
  const store = await open(path.join(dir, 'w.db'));
  try {
    const io = capture();
    const stop = new AbortController();
    const running = runWatchCommand(store, { rulesPath, once: false, pollMs: 10, io, signal: stop.signal });
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(io.lines.length, 0);
    await store.saveDoc(missileDoc('late', '2030-05-01'));
    for (let i = 0; i < 100 && io.lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    stop.abort();
    assert.equal(await running, 0);
    assert.equal(io.lines.length, 1);
    assert.equal(JSON.parse(io.lines[0]!).alert.events[0].articleId, 'late');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('invalid rules: the command prints the coded issues and returns 1', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-watch-'));
  const rulesPath = path.join(dir, 'rules.yaml');
  writeFileSync(rulesPath, 'rules:\n  - {id: bad, min_stage: soon}\n');
  const store = await open(':memory:');
  try {
    const io = capture();
    assert.equal(await runWatchCommand(store, { rulesPath, once: true, io }), 1);
    assert.match(io.errors[0]!, /^E702 Watch rule bad .*min_stage/);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a crash after the file append but before the delivery was recorded does not write the alert twice', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-watch-'));
  const rulesPath = path.join(dir, 'rules.yaml');
  writeFileSync(rulesPath, RULES);
  const out = path.join(dir, 'alerts.jsonl');
  const dbFile = path.join(dir, 'w.db');
  try {
    let store = await open(dbFile);
    await store.saveDoc(missileDoc('art1', '2030-04-01'));
    await runWatchCommand(store, { rulesPath, once: true, out, io: capture() });
    await store.close();
    // What a kill -9 between appendFile and recordDelivery leaves: the line written, the delivery still pending.
    const raw = new Database(dbFile);
    raw.prepare(`UPDATE deliveries SET status = 'pending' WHERE sink = ?`).run(`file:${out}`);
    raw.close();
    store = await open(dbFile);
    assert.equal((await store.pendingDeliveries()).length, 1);
    await runWatchCommand(store, { rulesPath, once: true, out, io: capture() });
    assert.deepEqual(await store.pendingDeliveries(), []);
    await store.close();
    assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 1, 'the alert is in the file once');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
