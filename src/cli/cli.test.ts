import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from './main.js';
import type { Io } from './context.js';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), isTTY: false };
}

const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-cli-'));
const db = path.join(dir, 'cli.db');
const env = {};

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('demo ingests the bundled articles and prints dyads; a second run adds nothing', async () => {
  const io = capture();
  assert.equal(await main(['demo', '--db', db, '--no-serve'], io, env), 0);
  const text = io.stdout.join('\n');
  const summary = /ingested (\d+) articles \((\d+) already stored\), (\d+) sentences, (\d+) events/.exec(text);
  assert.ok(summary, text);
  assert.ok(Number(summary[1]) >= 8, 'at least 8 demo articles');
  assert.ok(Number(summary[4]) > 10, 'demo articles yield events');
  assert.match(text, /IRN-RUS/);
  assert.match(text, /PRK-RUS/);
  const again = capture();
  assert.equal(await main(['demo', '--db', db, '--no-serve'], again, env), 0);
  assert.match(again.stdout.join('\n'), /ingested 0 articles \(\d+ already stored\)/);
});

test('events filters by dyad and code and prints JSON with evidence offsets', async () => {
  const io = capture();
  assert.equal(await main(['events', '--db', db, '--dyad', 'PRK-RUS', '--format', 'json'], io, env), 0);
  const events = JSON.parse(io.stdout.join('\n')) as { source: string; target: string; code: string; trigger: { start: number; end: number }; rules: string[] }[];
  assert.ok(events.length > 0);
  for (const e of events) {
    assert.deepEqual([e.source, e.target].sort(), ['PRK', 'RUS']);
    assert.ok(e.trigger.end > e.trigger.start);
    assert.ok(e.rules.length > 0);
  }
  const csvIo = capture();
  assert.equal(await main(['events', '--db', db, '--code', '072', '--format', 'csv'], csvIo, env), 0);
  const lines = csvIo.stdout.join('').trim().split(/\r\n/);
  assert.match(lines[0]!, /^id,date,code/);
  for (const l of lines.slice(1)) assert.match(l.split(',')[2]!, /^072/);
});

test('show prints the evidence sentence with spans marked and the rule', async () => {
  const list = capture();
  await main(['events', '--db', db, '--code', '072', '--format', 'json', '--limit', '1'], list, env);
  const [first] = JSON.parse(list.stdout.join('\n')) as { id: string }[];
  assert.ok(first);
  const io = capture();
  assert.equal(await main(['show', first.id, '--db', db], io, env), 0);
  const text = io.stdout.join('\n');
  assert.match(text, /\{[^}]+\}/, 'trigger marked');
  assert.match(text, /rules\s+\S+/);
  // The evidence sentence's tree: every token on a line with its number, tag and relation; the trigger marked.
  assert.match(text, /\ntree {6}/);
  assert.match(text, /\n {2}[│├└─ ]*\S+ {2}#\d+ [A-Z]+ [a-z:]+ {2}.*\{trigger\}/);
  const missing = capture();
  assert.equal(await main(['show', 'nope', '--db', db], missing, env), 1);
  assert.match(missing.stderr.join('\n'), /E603/);
});

test('bad input is skipped with a reason and the batch goes on', async () => {
  const inputs = path.join(dir, 'inputs');
  const good = path.join(dir, 'good.txt');
  writeFileSync(good, 'MINSK, May 2 (DDW) - Belarus received two Su-30 fighter jets from Russia on Friday, the Belarusian defence ministry said.');
  const bad = path.join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"text": "Serbia bought Chinese drones last year, officials said."}\n{not json\n');
  const io = capture();
  assert.equal(await main(['ingest', good, bad, path.join(inputs, 'missing.txt'), '--db', db], io, env), 0);
  assert.match(io.stdout.join('\n'), /ingested 2 articles/);
  assert.match(io.stderr.join('\n'), /E105/);
  assert.match(io.stderr.join('\n'), /E101/);
});

test('usage errors are clear', async () => {
  const io = capture();
  assert.equal(await main(['events', '--dyad', 'IRAN'], io, env), 2);
  assert.match(io.stderr.join('\n'), /E902/);
  const unknown = capture();
  assert.equal(await main(['frobnicate'], unknown, env), 2);
  assert.match(unknown.stderr.join('\n'), /E901/);
});
