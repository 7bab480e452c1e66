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

test('a text reads the same whatever was read before it (no words learnt across texts)', () => {
  const own = loadWink();
  const probe = 'Kestovia asked for help from the U.K..\nThe ministry agreed on Monday.';
  const before = annotate(own, probe);
  // "U.K" on its own, once learnt, used to make the tokenizer split "U.K.." as "U.K" + "..".
  annotate(own, 'Officials from the U.K, France and Kestovia met.');
  assert.deepEqual(annotate(own, probe), before);
  assert.deepEqual(annotate(loadWink(), probe), before);
  assert.ok(before.tokens.some((t) => probe.slice(t.start, t.end) === 'U.K.'));
  assert.equal(before.sentences.length, 2);
});

test('many instances load (the model no longer grows a string on each load)', () => {
  for (let i = 0; i < 22; i++) assert.ok(loadWink().learnt() >= 0);
});

test('an instance built after the core model JSON was released reads a text as the first one did', async () => {
  const first = loadWink();
  const later = loadWink();
  const text = 'Lisbon said on Friday that it had sent two frigates to the U.K.. Madrid did not comment.';
  assert.deepEqual(annotate(later, text), annotate(first, text));
  // Released: the JSON module's fields are getters that read the file again, not a second parsed copy.
  const { createRequire } = await import('node:module');
  const json = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as object;
  assert.equal(typeof Object.getOwnPropertyDescriptor(json, 'lexicon')?.get, 'function');
});
