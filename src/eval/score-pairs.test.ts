import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scorePairs, typeRows, overlaps, pairFound } from './score-pairs.js';
import { fakeEvent } from './fake.js';
import type { GoldPair } from './types.js';
import type { Extractor } from './types.js';

// Made-up sentence: "Freedonia condemned Sylvania." (0-9 Freedonia, 20-28 Sylvania)
const TEXT = 'Freedonia condemned Sylvania.';
const pair = (id: string, plover: string, sentence_id: string | null = 's1', text = TEXT): GoldPair => ({
  id, sentence_id, text, plover, line: 1,
  source: { text: null, start: 0, end: 9 },
  target: { text: null, start: 20, end: 28 },
});
const none: Extractor = () => [];

test('given pair: accuracy and macro-F1 on a toy case', () => {
  // gold:  ACCUSE ACCUSE REJECT AID
  // pred:  ACCUSE REJECT REJECT null
  const pairs = [pair('1', 'ACCUSE'), pair('2', 'ACCUSE'), pair('3', 'REJECT'), pair('4', 'AID')];
  const answers = new Map([['1', 'ACCUSE'], ['2', 'REJECT'], ['3', 'REJECT']]);
  let i = 0;
  const ids = pairs.map((p) => p.id);
  const { scores } = scorePairs(pairs, { extract: none, classifyPair: () => answers.get(ids[i++]!) ?? null });
  assert.equal(scores.pairs, 4);
  assert.equal(scores.given_pair.accuracy, 0.5);
  // ACCUSE: P 1, R 1/2, F1 2/3. REJECT: P 1/2, R 1, F1 2/3. AID: F1 0 (null prediction is wrong).
  // The other 12 types have no gold and no prediction and are left out.
  assert.ok(Math.abs(scores.given_pair.macro_f1! - (2 / 3 + 2 / 3 + 0) / 3) < 1e-12);
  assert.deepEqual(scores.perType.map((r) => r.type), ['ACCUSE', 'AID', 'REJECT']);
});

test('a predicted type with no gold enters the macro average with F1 0', () => {
  const rows = typeRows(['ACCUSE', 'ACCUSE'], ['ACCUSE', 'THREATEN']);
  assert.deepEqual(rows.map((r) => [r.type, r.f1]), [['ACCUSE', 2 / 3], ['THREATEN', 0]]);
  // A label outside the 15 types and the gold's own is a miss, with no row of its own.
  assert.deepEqual(typeRows(['ACCUSE'], ['OTHER']).map((r) => r.type), ['ACCUSE']);
});

test('the classifier gets the text and both spans', () => {
  const seen: unknown[] = [];
  scorePairs([pair('1', 'ACCUSE')], { extract: none, classifyPair: (t, s, o) => (seen.push([t, s, o]), 'ACCUSE') });
  assert.deepEqual(seen, [[TEXT, { start: 0, end: 9 }, { start: 20, end: 28 }]]);
});

test('end to end: overlapping spans in the right direction and the gold type', () => {
  const p = pair('1', 'ACCUSE');
  const ev = (plover: 'ACCUSE' | 'REJECT', s: [number, number], t: [number, number]) =>
    fakeEvent({ code: '112', plover, sourceSpan: { start: s[0], end: s[1] }, targetSpan: { start: t[0], end: t[1] } });
  assert.equal(pairFound(p, [ev('ACCUSE', [4, 9], [20, 23])]), true);
  assert.equal(pairFound(p, [ev('REJECT', [0, 9], [20, 28])]), false);
  assert.equal(pairFound(p, [ev('ACCUSE', [20, 28], [0, 9])]), false);
  assert.equal(pairFound(p, [ev('ACCUSE', [9, 19], [20, 28])]), false);
  assert.equal(pairFound(p, [fakeEvent({ code: '112', plover: 'ACCUSE' })]), false);
  assert.equal(overlaps({ start: 0, end: 9 }, { start: 9, end: 12 }), false);
});

test('end to end: the extractor runs once per sentence and recall is the share found', () => {
  const other = 'Sylvania rejected the offer of Freedonia.';
  const pairs = [pair('1', 'ACCUSE'), pair('2', 'REJECT'), pair('3', 'REJECT', null, other)];
  const calls: string[] = [];
  const extract: Extractor = (passage) => {
    calls.push(passage.text);
    if (passage.text !== TEXT) return [];
    return [fakeEvent({ code: '112', plover: 'ACCUSE', sourceSpan: { start: 0, end: 9 }, targetSpan: { start: 20, end: 28 } })];
  };
  const { scores } = scorePairs(pairs, { extract, classifyPair: () => null });
  assert.deepEqual(calls, [TEXT, other]);
  assert.equal(scores.end_to_end_recall, 1 / 3);
  // One event over two sentences.
  assert.equal(scores.end_to_end_per_sentence, 1 / 2);
  assert.equal(scores.given_pair.accuracy, 0);
});

test('no pairs: figures are null; a throwing classifier is E907', () => {
  const empty = scorePairs([], { extract: none, classifyPair: () => null }).scores;
  assert.deepEqual([empty.given_pair.accuracy, empty.given_pair.macro_f1, empty.end_to_end_recall], [null, null, null]);
  const { warnings } = scorePairs([pair('1', 'AID')], {
    extract: none,
    classifyPair: () => {
      throw new Error('no model');
    },
  });
  assert.equal(warnings[0]!.code, 'E907');
});
