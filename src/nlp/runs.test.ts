import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLongRuns } from './runs.js';

test('a run longer than the limit is split into pieces of at most the limit; the length is kept', () => {
  const text = `Kestovia sent ${'a'.repeat(25)}! troops.`;
  const { text: out, runs } = splitLongRuns(text, 10);
  assert.equal(out.length, text.length);
  assert.deepEqual(runs, [{ start: 14, end: 40 }]);
  assert.ok(out.slice(14, 40).split(' ').every((p) => p.length <= 10));
  assert.equal(out.slice(0, 14), text.slice(0, 14));
  assert.equal(out.slice(40), text.slice(40));
});

test('text without long runs comes back unchanged', () => {
  const text = 'Valdor and Ostmark signed a defence pact on Monday.';
  assert.equal(splitLongRuns(text, 500).text, text);
  assert.deepEqual(splitLongRuns(text, 500).runs, []);
});

test('property: same length, no run over the limit, characters kept or turned into spaces', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '!', '\u00a0', 'é') , maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
      const { text: out } = splitLongRuns(text, max);
      assert.equal(out.length, text.length);
      for (let i = 0; i < text.length; i++) assert.ok(out[i] === text[i] || out[i] === ' ');
      assert.ok(out.split(/[\s\u00a0]/).every((w) => w.length <= max));
    }),
  );
});
