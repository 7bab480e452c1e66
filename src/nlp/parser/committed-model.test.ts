import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readParserModelFile, tagAndParse } from './index.js';

// The committed model on our own sentences: the relations the coder will use.
const loaded = readParserModelFile();

/** "dep <-rel- head" facts of a parse, by word form. */
function arcs(sentence: string): Set<string> {
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.issues[0]!.message);
  const forms = sentence.split(' ');
  const p = tagAndParse(loaded.value, forms);
  return new Set(forms.map((f, i) => `${p.deprel[i]}(${p.head[i] ? forms[p.head[i]! - 1] : 'ROOT'}, ${f})`));
}

function has(sentence: string, ...expected: string[]): void {
  const got = arcs(sentence);
  for (const e of expected) assert.ok(got.has(e), `${e} missing in ${[...got].join(' ')}`);
}

test('the committed model loads and says what it is', () => {
  assert.ok(loaded.ok);
  assert.match(loaded.value.version, /en_ewt-2\.15/);
  assert.ok(loaded.value.bytes < 40e6);
});

test('subject and object of a transitive verb', () => {
  has('Russia sent drones to Iran last year .', 'root(ROOT, sent)', 'nsubj(sent, Russia)', 'obj(sent, drones)', 'case(Iran, to)');
});

test('a passive with its agent', () => {
  has('The missiles were supplied by North Korea .', 'nsubj:pass(supplied, missiles)', 'aux:pass(supplied, were)', 'obl:agent(supplied, Korea)', 'case(Korea, by)');
});

test('coordinated subjects', () => {
  has('France and Germany signed a defence pact .', 'nsubj(signed, France)', 'conj(France, Germany)', 'cc(Germany, and)', 'obj(signed, pact)');
});

test('a clausal complement of a reporting verb', () => {
  has('Officials said the army would deploy more troops .', 'nsubj(said, Officials)', 'ccomp(said, deploy)', 'nsubj(deploy, army)', 'obj(deploy, troops)');
});

test('tags of a plain sentence', () => {
  assert.ok(loaded.ok);
  const p = tagAndParse(loaded.value, ['The', 'navy', 'bought', 'two', 'new', 'ships', '.']);
  assert.deepEqual(p.upos, ['DET', 'NOUN', 'VERB', 'NUM', 'ADJ', 'NOUN', 'PUNCT']);
});
