import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGold, readGold } from './gold.js';

// Made-up passages: Freedonia (FRD) and Sylvania (SYL) are not real states,
// which is the point: these fixtures test the format, not the world.
const ev = (extra: Record<string, unknown> = {}) => ({
  source: 'FRD', target: 'SYL', code: '072', weapon: 'drone', quantity: 'dozens',
  modality: 'future', hedged: true, claimant: null, reported_by: null, ...extra,
});
const passage = (id: string, events: unknown[] = [ev()], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, url: null, published: '2030-01-02', text: 'Freedonia may send dozens of drones to Sylvania.', events, ...extra });
const pair = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id, sentence_id: 's1', text: 'Freedonia condemned Sylvania.',
    source: { text: 'Freedonia', start: 0, end: 9 }, target: { text: 'Sylvania', start: 20, end: 28 },
    plover: 'ACCUSE', ...extra,
  });

test('event format is detected and read', () => {
  const r = parseGold('\uFEFF' + [passage('a'), passage('b', [])].join('\n') + '\n', 'g.jsonl');
  assert.ok(r.ok);
  assert.equal(r.value.format, 'events');
  assert.ok(r.value.format === 'events');
  assert.equal(r.value.passages.length, 2);
  assert.equal(r.value.codesOnly, false);
  assert.equal(r.value.passages[0]!.events[0]!.weapon, 'drone');
  assert.equal(r.value.passages[1]!.line, 2);
  assert.equal(r.warnings, undefined);
});

test('pair format is detected and read', () => {
  const r = parseGold(pair('p1') + '\r\n' + pair('p2', { plover: 'REJECT' }), 'p.jsonl');
  assert.ok(r.ok && r.value.format === 'pairs');
  assert.deepEqual(r.value.pairs.map((p) => p.plover), ['ACCUSE', 'REJECT']);
  assert.deepEqual(r.value.pairs[0]!.source, { text: 'Freedonia', start: 0, end: 9 });
});

test('a broken line is E904 with path and line, and the rest is kept', () => {
  const lines = [passage('a'), '{"id": "b", "text": "x", "events": [', passage('c', [ev({ code: '7' })]), passage('d')];
  const r = parseGold(lines.join('\n'), 'g.jsonl');
  assert.ok(r.ok && r.value.format === 'events');
  assert.deepEqual(r.value.passages.map((p) => p.id), ['a', 'd']);
  assert.deepEqual(r.warnings?.map((w) => [w.code, w.where]), [['E904', 'g.jsonl:2'], ['E904', 'g.jsonl:3']]);
  assert.match(r.warnings![1]!.message, /line 3 .*code/);
});

test('duplicate ids, other-format lines and bad spans are E904', () => {
  const r = parseGold([passage('a'), passage('a'), pair('p')].join('\n'), 'g.jsonl');
  assert.ok(r.ok && r.value.format === 'events');
  assert.equal(r.value.passages.length, 1);
  assert.match(r.warnings![0]!.message, /duplicate id "a"/);
  assert.match(r.warnings![1]!.message, /pairs format in a file of the events format/);

  const bad = parseGold([pair('p1', { target: { text: 'Sylvani', start: 20, end: 28 } }), pair('p2', { source: { start: 5, end: 99 } })].join('\n'), 'p.jsonl');
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok);
  assert.deepEqual(bad.issues.map((i) => i.code), ['E905', 'E904', 'E904']);
});

test('empty file or no valid line is E905', () => {
  for (const text of ['', '\n  \n', 'not json\n']) {
    const r = parseGold(text, 'e.jsonl');
    assert.ok(!r.ok);
    assert.equal(r.issues[0]!.code, 'E905');
  }
});

test('codes-only gold is detected from source_code/target_code, and can be forced', () => {
  const withCodes = passage('a', [ev({ source_code: 'FRDGOV', target_code: 'SYL' })]);
  const r = parseGold(withCodes, 'c.jsonl');
  assert.ok(r.ok && r.value.format === 'events');
  assert.equal(r.value.codesOnly, true);
  assert.equal('source_code' in r.value.passages[0]!.events[0]!, false);
  const forced = parseGold(passage('a'), 'c.jsonl', { codesOnly: true });
  assert.ok(forced.ok && forced.value.format === 'events' && forced.value.codesOnly);
});

test('a malformed date or empty text keeps the line with an E908 note', () => {
  const r = parseGold([passage('a', [ev()], { published: '2030-01-' }), passage('b', [ev()], { text: '' })].join('\n'), 'g.jsonl');
  assert.ok(r.ok && r.value.format === 'events');
  assert.equal(r.value.passages.length, 2);
  assert.equal(r.value.passages[0]!.published, null);
  assert.deepEqual(r.warnings?.map((w) => w.code), ['E908', 'E908']);
});

test('missing optional slots read as null', () => {
  const r = parseGold(JSON.stringify({ id: 'a', text: 't', events: [{ source: 'FRD', target: null, code: '040', modality: 'actual', hedged: false }] }), 'g.jsonl');
  assert.ok(r.ok && r.value.format === 'events');
  const e = r.value.passages[0]!.events[0]!;
  assert.deepEqual([e.weapon, e.claimant, e.reported_by, e.quantity, r.value.passages[0]!.published], [null, null, null, null, null]);
});

test('readGold reads from disk and reports an unreadable file as E906', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyadwatch-gold-'));
  const path = join(dir, 'g.jsonl');
  writeFileSync(path, passage('a'));
  const r = readGold(path);
  assert.ok(r.ok && r.value.path === path);
  const missing = readGold(join(dir, 'nope.jsonl'));
  assert.ok(!missing.ok);
  assert.equal(missing.issues[0]!.code, 'E906');
});

test('codes-only gold reads an organisation code as its FORMAT group', () => {
  const r = parseGold(passage('a', [ev({ source: 'IGO', source_code: 'IGOEUREEC', target: 'SYL', target_code: 'SYLGOV' })]), 'c.jsonl');
  assert.ok(r.ok && r.value.format === 'events');
  assert.equal(r.value.passages[0]!.events[0]!.source, 'EUR');
  assert.equal(r.value.passages[0]!.events[0]!.target, 'SYL');
});
