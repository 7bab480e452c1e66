import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval, formatReport } from './index.js';
import { table, truncate } from './report.js';
import { tableExtractor } from './fake.js';

// Made-up gold: Freedonia (FRD), Sylvania (SYL).
const event = (source: string, target: string, code: string, extra: Record<string, unknown> = {}) => ({
  source, target, code, weapon: null, quantity: null, modality: 'actual', hedged: false, claimant: null, reported_by: null, ...extra,
});
const EVENT_LINES = [
  { id: 'p1', url: null, published: '2030-05-01', text: 'Freedonia delivered drones to Sylvania, officials said. '.repeat(4), events: [event('FRD', 'SYL', '072', { weapon: 'drone' })] },
  { id: 'p2', url: null, published: null, text: 'The ministers of Freedonia and Sylvania met.', events: [event('FRD', 'SYL', '040'), event('SYL', 'FRD', '112')] },
];
const PAIR_LINE = {
  id: 'q1', sentence_id: 's1', text: 'Freedonia condemned Sylvania.',
  source: { text: 'Freedonia', start: 0, end: 9 }, target: { text: 'Sylvania', start: 20, end: 28 }, plover: 'ACCUSE',
};

function goldFile(name: string, lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dyadwatch-eval-')), name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const deps = {
  extract: tableExtractor({ p1: [{ source: 'FRD', target: 'SYL', code: '072', weapon: 'drone' }], p2: [{ source: 'SYL', target: 'FRD', code: '043' }] }),
  classifyPair: () => 'ACCUSE',
};

test('event file: --json has exactly the agreed keys', () => {
  const r = runEval(goldFile('g.jsonl', EVENT_LINES.map((l) => JSON.stringify(l))), deps);
  assert.ok(r.ok);
  const json = JSON.parse(formatReport(r.value, true));
  assert.deepEqual(Object.keys(json), [
    'passages', 'gold', 'predicted', 'root', 'code_agreement', 'weapon_agreement', 'modality_agreement', 'hedged_agreement', 'claimant_agreement',
  ]);
  assert.deepEqual(Object.keys(json.root), ['precision', 'recall', 'f1']);
  assert.deepEqual([json.passages, json.gold, json.predicted], [2, 3, 2]);
  assert.deepEqual(json.root, { precision: 1, recall: 2 / 3, f1: 0.8 });
  assert.equal(json.code_agreement, 0.5);
  assert.equal(json.weapon_agreement, 1);
});

test('event file: human view has the summary, per-root rows and worst missed', () => {
  const r = runEval(goldFile('g.jsonl', [...EVENT_LINES.map((l) => JSON.stringify(l)), '{broken']), deps);
  assert.ok(r.ok);
  assert.equal(r.warnings?.[0]?.code, 'E904');
  const text = formatReport(r.value, false);
  assert.match(text, /event format, 2 passages/);
  assert.match(text, /^ {2}04 +consult +1 +1 +1 +1\.000 +1\.000 +1\.000$/m);
  assert.match(text, /^ {2}11 +disapprove +1 +0 +0 +- +0\.000 +0\.000$/m);
  assert.match(text, /p2 {2}missed 1, spurious 0/);
  assert.match(text, /missed: {3}SYL→FRD 112/);
  assert.match(text, /warnings: 1 \(E904 ×1\)/);
});

test('pair file: --json has exactly the agreed keys', () => {
  const r = runEval(goldFile('p.jsonl', [JSON.stringify(PAIR_LINE)]), deps);
  assert.ok(r.ok);
  const json = JSON.parse(formatReport(r.value, true));
  assert.deepEqual(json, { pairs: 1, given_pair: { accuracy: 1, macro_f1: 1 }, given_pair_in_sample: false, given_pair_cv: null, end_to_end_recall: 0, end_to_end_per_sentence: 0, end_to_end_recall_cv: null });
  assert.match(formatReport(r.value, false), /given pair: macro-F1 +1\.000/);
});

test('pair file with a learned classifier: the cross-validated figure beside the in-sample one', () => {
  const learned = { ...deps, pairLearning: { folds: 10, crossValidate: () => ({ predicted: ['REJECT'], found: [[{ plover: 'ACCUSE', sourceSpan: { start: 0, end: 9 }, targetSpan: { start: 20, end: 28 } }]] }), trainedOn: () => true } };
  const r = runEval(goldFile('p.jsonl', [JSON.stringify(PAIR_LINE)]), learned);
  assert.ok(r.ok);
  const json = JSON.parse(formatReport(r.value, true));
  assert.deepEqual(json.given_pair, { accuracy: 1, macro_f1: 1 });
  assert.equal(json.given_pair_in_sample, true);
  // REJECT for gold ACCUSE: accuracy 0; both types have F1 0.
  assert.deepEqual(json.given_pair_cv, { accuracy: 0, macro_f1: 0, folds: 10 });
  // The fold's model found the pair end to end; the (table) extractor did not.
  assert.equal(json.end_to_end_recall, 0);
  assert.equal(json.end_to_end_recall_cv, 1);
  const text = formatReport(r.value, false);
  assert.match(text, /given pair: accuracy \(in-sample: trained on this file\) +1\.000/);
  assert.match(text, /given pair, 10-fold cross-validated: accuracy +0\.000/);
});

test('codes-only gold shows nulls in JSON and "-" in the table', () => {
  const line = { ...EVENT_LINES[1], events: [{ ...event('FRD', 'SYL', '040'), source_code: 'FRDGOV', target_code: 'SYLGOV' }] };
  const r = runEval(goldFile('c.jsonl', [JSON.stringify(line)]), deps);
  assert.ok(r.ok);
  const json = JSON.parse(formatReport(r.value, true));
  assert.equal(json.code_agreement, 0);
  assert.deepEqual([json.weapon_agreement, json.modality_agreement, json.hedged_agreement, json.claimant_agreement], [null, null, null, null]);
  assert.match(formatReport(r.value, false), /modality +-$/m);
});

test('unreadable or empty files fail with coded issues', () => {
  const missing = runEval(join(tmpdir(), 'dyadwatch-no-such-file.jsonl'), deps);
  assert.ok(!missing.ok);
  assert.equal(missing.issues[0]!.code, 'E906');
  const empty = runEval(goldFile('e.jsonl', []), deps);
  assert.ok(!empty.ok);
  assert.equal(empty.issues[0]!.code, 'E905');
});

test('table aligns columns and truncate shortens long text', () => {
  assert.deepEqual(table(['a', 'nn'], [['long', '1'], ['b', '100']]), ['  a      nn', '  long    1', '  b     100']);
  assert.equal(truncate('a  b\n c', 10), 'a b c');
  assert.equal(truncate('x'.repeat(20), 10), `${'x'.repeat(9)}…`);
});
