import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCodingDictionaries } from './dict.js';
import { DICT_DIR, testDict } from './test-helpers.js';

/** A coding/ folder with the real CAMEO table and lexicon and one pattern file. */
function tempDict(patterns: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dw-coding-'));
  copyFileSync(path.join(DICT_DIR, 'coding', 'cameo.yaml'), path.join(dir, 'cameo.yaml'));
  copyFileSync(path.join(DICT_DIR, 'coding', 'lexicon.yaml'), path.join(dir, 'lexicon.yaml'));
  writeFileSync(path.join(dir, 'verbs-test.yaml'), patterns);
  return dir;
}

const GOOD = `patterns:
  - id: hand-over
    why: handing over arms is a transfer
    lemmas: [hand]
    code: "072"
    needs: ["@arms"]
`;

test('the repository dictionaries load, indexed by lemma', () => {
  const r = loadCodingDictionaries(DICT_DIR);
  assert.ok(r.ok, r.ok ? '' : r.issues.map((i) => i.message).join('\n'));
  assert.ok(r.value.byLemma.get('supply')!.some((p) => p.code === '072'));
  assert.equal(r.value.cameo.get('0232')!.plover, 'REQUEST');
  assert.equal(r.value.cameo.get('195')!.quad, 4);
});

test('a valid pattern file loads from a coding folder', () => {
  const r = loadCodingDictionaries(tempDict(GOOD));
  assert.ok(r.ok);
  assert.deepEqual(r.value.patterns.map((p) => p.id), ['hand-over']);
});

test('an unknown CAMEO code is E402', () => {
  const r = loadCodingDictionaries(tempDict(GOOD.replace('"072"', '"0799"')));
  assert.ok(!r.ok);
  assert.equal(r.issues[0]!.code, 'E402');
});

test('a pattern without a reason or with an unknown slot is E401', () => {
  const noWhy = loadCodingDictionaries(tempDict(GOOD.replace(/ {4}why: .*\n/, '')));
  assert.ok(!noWhy.ok && noWhy.issues[0]!.code === 'E401');
  const badSlot = loadCodingDictionaries(tempDict(`${GOOD}    target: [sideways]\n`));
  assert.ok(!badSlot.ok && badSlot.issues[0]!.code === 'E401' && /target/.test(badSlot.issues[0]!.message));
  const badClass = loadCodingDictionaries(tempDict(GOOD.replace('@arms', '@nosuchclass')));
  assert.ok(!badClass.ok && /nosuchclass/.test(badClass.issues[0]!.message));
});

test('duplicate pattern ids are E405', () => {
  const dup = GOOD + GOOD.replace('patterns:\n', '');
  const r = loadCodingDictionaries(tempDict(dup));
  assert.ok(!r.ok);
  assert.equal(r.issues[0]!.code, 'E405');
});

test('unparsable YAML is E403 and a missing table is E403 too', () => {
  const r = loadCodingDictionaries(tempDict('patterns: [unclosed'));
  assert.ok(!r.ok && r.issues[0]!.code === 'E403');
  const missing = loadCodingDictionaries(mkdtempSync(path.join(tmpdir(), 'dw-empty-')));
  assert.ok(!missing.ok && missing.issues[0]!.code === 'E403');
});

test('the dictionaries cover every CAMEO root with an event pattern, and every pattern says why', () => {
  const d = testDict();
  const roots = new Set(d.patterns.filter((p) => !p.eventless).map((p) => p.code.slice(0, 2)));
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `no event pattern for root ${r}`);
  for (const p of d.patterns) assert.ok(p.lemmas.length > 0, p.id);
});
