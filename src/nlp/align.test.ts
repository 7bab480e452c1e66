import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, loadWink } from './wink.js';
import { arcsBack, ewtForm, splitToken, wordsOf } from './align.js';

const nlp = loadWink();

test('wink tokens that hold several EWT words are split, the rest kept whole', () => {
  assert.deepEqual(splitToken("I'm"), ['I', "'m"]);
  assert.deepEqual(splitToken('Korland’s'), ['Korland', "'s"]);
  assert.deepEqual(splitToken('gonna'), ['gon', 'na']);
  assert.deepEqual(splitToken('n’t'), ["n't"]);
  assert.deepEqual(splitToken("'s"), ["'s"]);
  assert.deepEqual(splitToken("O'Neill"), ["O'Neill"]);
  assert.deepEqual(splitToken('anti-ship'), ['anti-ship']);
  assert.equal(ewtForm('“Yes”'), '"Yes"');
});

test('parser words of a wink sentence keep the token they came from', () => {
  const text = "I'm told Valdor can’t and cannot send Korland’s well-known anti-ship missiles.";
  const { tokens } = annotate(nlp, text);
  const w = wordsOf(text, tokens, 0, tokens.length);
  assert.deepEqual(w.forms, ['I', "'m", 'told', 'Valdor', 'ca', "n't", 'and', 'can', 'not', 'send', 'Korland', "'s", 'well', '-', 'known', 'anti-ship', 'missiles', '.']);
  assert.equal(w.owner.length, w.forms.length);
  // "I" and "'m" are both the first token; everything after is one word per token until "Korland’s".
  assert.deepEqual(w.owner.slice(0, 4), [0, 0, 1, 2]);
  assert.equal(text.slice(tokens[w.owner[10]!]!.start, tokens[w.owner[11]!]!.end), 'Korland’s');
});

test('a tree over words contracts onto tokens through each token\'s highest word', () => {
  // "I'm sure Valdor's tanks left ." as words: I 'm sure Valdor 's tanks left .
  // Tokens: [I'm] [sure] [Valdor's] [tanks] [left] [.] (offsets do not matter here).
  const words = { forms: ['I', "'m", 'sure', 'Valdor', "'s", 'tanks', 'left', '.'], owner: [10, 10, 11, 12, 12, 13, 14, 15], ownerEnd: [11, 11, 12, 13, 13, 14, 15, 16] };
  const parsed = {
    upos: ['PRON', 'AUX', 'ADJ', 'PROPN', 'PART', 'NOUN', 'VERB', 'PUNCT'],
    head: [3, 3, 0, 6, 4, 7, 3, 3],
    deprel: ['nsubj', 'cop', 'root', 'nmod:poss', 'case', 'nsubj', 'ccomp', 'punct'],
  };
  const arcs = arcsBack(words, parsed, 10, 16);
  assert.deepEqual(arcs.map((a) => a.head), [11, -1, 13, 14, 11, 11]);
  assert.deepEqual(arcs.map((a) => a.deprel), ['nsubj', 'root', 'nmod:poss', 'nsubj', 'ccomp', 'punct']);
  assert.equal(arcs[2]!.upos, 'PROPN');
});

test('contracting on the highest word never makes a cycle', () => {
  // Token A = words 1,3 is not a subtree: word 1 hangs on word 2 (token B), which hangs on word 3.
  // Taking the first word of A would point A at B and B at A.
  const words = { forms: ['a', 'b', 'c', 'd'], owner: [0, 1, 0, 2], ownerEnd: [1, 2, 1, 3] };
  const parsed = { upos: ['X', 'X', 'X', 'X'], head: [2, 3, 4, 0], deprel: ['dep', 'dep', 'dep', 'root'] };
  const arcs = arcsBack(words, parsed, 0, 3);
  assert.deepEqual(arcs.map((a) => a.head), [2, 0, -1]);
});

test('punctuation runs and dotted names wink splits are one word; the later tokens go with the first', () => {
  const text = 'Really?! Valdor said so on valdor.gov today!!';
  const { tokens } = annotate(nlp, text);
  const w = wordsOf(text, tokens, 0, tokens.length);
  assert.ok(w.forms.includes('?!') && w.forms.includes('valdor.gov') && w.forms.includes('!!'), w.forms.join(' '));
  const gov = w.forms.indexOf('valdor.gov');
  assert.equal(w.ownerEnd[gov]! - w.owner[gov]!, 3);
  // A flat parse: every word on the first.
  const n = w.forms.length;
  const arcs = arcsBack(w, { upos: w.forms.map(() => 'X'), head: w.forms.map((_, i) => (i === 0 ? 0 : 1)), deprel: w.forms.map((_, i) => (i === 0 ? 'root' : 'dep')) }, 0, tokens.length);
  assert.equal(arcs.length, tokens.length);
  assert.equal(n, tokens.length - 4);
  const dot = w.owner[gov]! + 1;
  assert.deepEqual([arcs[dot]!.head, arcs[dot]!.deprel], [w.owner[gov], 'goeswith']);
  assert.deepEqual([arcs[dot + 1]!.head, arcs[dot + 1]!.deprel], [w.owner[gov], 'goeswith']);
  assert.equal(arcs[w.owner[gov]!]!.deprel, 'dep');
});

test('a full stop after a sentence with no space is no dotted name', () => {
  const text = 'Valdor sent tanks.Ostmark paid.';
  const { tokens } = annotate(nlp, text);
  assert.ok(!wordsOf(text, tokens, 0, tokens.length).forms.includes('tanks.Ostmark'));
});
