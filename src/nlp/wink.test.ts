import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, loadWink } from './wink.js';

const nlp = loadWink();

test('token offsets point into the text, whitespace tokens dropped', () => {
  const text = 'KORLAND (May 3)The ministry said.\n\n \n\nHe replied: “We did not send tanks.” Belgrade agreed.';
  const { tokens, sentences } = annotate(nlp, text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).toLowerCase(), text.slice(t.start, t.end).toLowerCase().trim());
  const words = tokens.map((t) => text.slice(t.start, t.end));
  assert.ok(words.includes('The'));
  assert.ok(words.includes('tanks'));
  assert.ok(sentences.length >= 3);
  for (const s of sentences) {
    assert.equal(tokens[s.tokenStart]!.start, s.start);
    assert.equal(tokens[s.tokenEnd - 1]!.end, s.end);
  }
  // The quoted sentence sits in the second paragraph.
  const he = sentences.find((s) => text.slice(s.start, s.end).startsWith('He'));
  assert.equal(he?.paragraph, 1);
});

test('negation flag, lemmas and POS', () => {
  const text = 'Valdor did not supply rifles to Ostmark.';
  const { tokens } = annotate(nlp, text);
  const supply = tokens.find((t) => text.slice(t.start, t.end) === 'supply')!;
  assert.equal(supply.negated, true);
  assert.equal(supply.pos, 'VERB');
  const rifles = tokens.find((t) => t.norm === 'rifles')!;
  assert.equal(rifles.lemma, 'rifle');
  assert.equal(tokens[0]!.lemma, 'valdor');
});
