import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon } from './lexicon.js';
import { tokenPieces, taggerFeatures, taggerFeatures2, sentenceCasing, capClass, MAX_TAGGER_FEATURES } from './tagger-features.js';
import { tagGreedy, type Scorer } from './tagger.js';

const EMPTY = buildLexicon([]);

function casing(sentence: string): number {
  const forms = sentence.split(' ');
  return sentenceCasing(forms.map(capClass), forms);
}

test('sentence casing tells running text from headlines and all-caps lines', () => {
  assert.equal(casing('The navy bought two ships .'), 0);
  assert.equal(casing('The navy bought two ships from Spain .'), 0);
  assert.equal(casing('Navy Buys Two New Ships From Spain'), 2);
  assert.equal(casing('NAVY BUYS TWO SHIPS'), 3);
  assert.equal(casing('The Navy bought ships from Spain and Italy .'), 1);
});

function keys(tagsAhead: number[], i: number): number[] {
  const p = tokenPieces(['They', 'can', 'fish', 'here', 'now'], EMPTY);
  const out = new Uint32Array(MAX_TAGGER_FEATURES);
  const n = taggerFeatures2(p, i, 3, 4, Int32Array.from(tagsAhead), out);
  return Array.from(out.subarray(0, n));
}

test('the second pass sees the first pass\'s tags of the word and the two ahead, and nothing further', () => {
  const base = keys([1, 2, 3, 4, 5], 1);
  assert.notDeepEqual(keys([1, 2, 9, 4, 5], 1), base, 'the next word\'s first-pass tag matters');
  assert.notDeepEqual(keys([1, 2, 3, 9, 5], 1), base, 'the word after next matters');
  assert.notDeepEqual(keys([1, 9, 3, 4, 5], 1), base, 'the word\'s own first-pass tag matters');
  assert.deepEqual(keys([1, 2, 3, 4, 9], 1), base, 'three words ahead is out of reach');
  assert.deepEqual(keys([9, 2, 3, 4, 5], 1), base, 'the word before is read from the second pass itself');
  // The first pass's features come first, unchanged.
  const p = tokenPieces(['They', 'can', 'fish', 'here', 'now'], EMPTY);
  const out = new Uint32Array(MAX_TAGGER_FEATURES);
  const n1 = taggerFeatures(p, 1, 3, 4, out);
  assert.deepEqual(base.slice(0, n1), Array.from(out.subarray(0, n1)));
  assert.ok(base.length > n1 && base.length <= MAX_TAGGER_FEATURES);
});

test('with a second scorer, tagGreedy returns the second pass\'s tags', () => {
  const p = tokenPieces(['They', 'can', 'fish', '.'], EMPTY);
  const prefer = (c: number): Scorer => {
    const s = new Float64Array(4);
    s[c] = 1;
    return () => s;
  };
  assert.deepEqual(Array.from(tagGreedy(p, prefer(1), 4)), [1, 1, 1, 1]);
  assert.deepEqual(Array.from(tagGreedy(p, prefer(1), 4, prefer(2))), [2, 2, 2, 2]);
});
