import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runs } from './highlight.js';

test('runs cover the text exactly, with the marks over each run', () => {
  const text = 'Iran delivered drones to Russia.';
  const r = runs(text, [
    { kind: 'source', start: 0, end: 4 },
    { kind: 'trigger', start: 5, end: 14 },
    { kind: 'target', start: 25, end: 31 },
  ]);
  assert.equal(r.map((x) => x.text).join(''), text);
  assert.deepEqual(r.filter((x) => x.marks.length).map((x) => [x.text, x.marks[0]!.kind]), [
    ['Iran', 'source'], ['delivered', 'trigger'], ['Russia', 'target'],
  ]);
});

test('overlaps split into runs carrying both marks; bad spans are ignored', () => {
  const r = runs('may have shipped', [
    { kind: 'cue', start: 0, end: 8 },
    { kind: 'trigger', start: 4, end: 16 },
    { kind: 'source', start: 10, end: 99 },
    { kind: 'target', start: 5, end: 5 },
  ]);
  assert.deepEqual(r.map((x) => [x.text, x.marks.map((m) => m.kind).join('+')]), [
    ['may ', 'cue'], ['have', 'cue+trigger'], [' shipped', 'trigger'],
  ]);
});

test('markup in the text stays text', () => {
  const text = '<img src=x onerror=alert(1)> Iran';
  const r = runs(text, [{ kind: 'source', start: 29, end: 33 }]);
  assert.equal(r[0]!.text, '<img src=x onerror=alert(1)> ');
});
