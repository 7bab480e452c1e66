import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../../nlp/index.js';
import { docWithTrees, testParser } from '../test-helpers.js';
import { treeView, indexOf, conjuncts, caseOf } from './view.js';
import type { TreeView } from './view.js';
import { agentOf, objectsOf, ownersOf, phrasesOf, recipientsOf, subjectsOf } from './args.js';

const nlp = loadWink();
const model = testParser();

/** The tree of the first sentence of `text` (our own sentences, clear constructions). */
function tree(text: string): TreeView {
  const doc = docWithTrees(nlp, model, text, []);
  const tv = treeView(doc, doc.sentences[0]!);
  assert.ok(tv);
  return tv;
}

const words = (tv: TreeView, is: number[]) => is.map((i) => tv.norm[i]);
const at = (tv: TreeView, w: string) => {
  const i = indexOf(tv, w);
  assert.ok(i >= 0, `no ${w}`);
  return i;
};

test('an unparsed sentence has no tree view', () => {
  const doc = docWithTrees(nlp, model, 'Canada sent tanks.', []);
  doc.trees.parsed = [];
  assert.equal(treeView(doc, doc.sentences[0]!), null);
});

test('subject and object of a plain transitive verb, each list expanded', () => {
  const tv = tree('Canada and Chile sent tanks and trucks to Peru.');
  const v = at(tv, 'sent');
  assert.deepEqual(words(tv, subjectsOf(tv, v)), ['canada', 'chile']);
  assert.deepEqual(words(tv, objectsOf(tv, v)), ['tanks', 'trucks']);
  assert.deepEqual(words(tv, phrasesOf(tv, v, 'to')), ['peru']);
});

test('a passive: the agent acts, the subject is acted on', () => {
  const tv = tree('Chile was sanctioned by Canada last week.');
  const v = at(tv, 'sanctioned');
  assert.deepEqual(words(tv, agentOf(tv, v)), ['canada']);
  assert.deepEqual(words(tv, objectsOf(tv, v)), ['chile']);
  assert.deepEqual(subjectsOf(tv, v), []);
});

test('subject control and object control of an infinitive', () => {
  const own = tree('Canada agreed to supply rifles to Chile.');
  assert.deepEqual(words(own, subjectsOf(own, at(own, 'supply'))), ['canada']);
  const other = tree('Canada urged Chile to stop the shipments.');
  assert.deepEqual(words(other, subjectsOf(other, at(other, 'stop'))), ['chile']);
});

test('a coordinated verb shares its subject', () => {
  const tv = tree('Canada signed a pact with Chile and sent advisers to Peru.');
  assert.deepEqual(words(tv, subjectsOf(tv, at(tv, 'sent'))), ['canada']);
});

test('an accused party does the act of the of-gerund', () => {
  const tv = tree('Canada accused Chile of selling rifles to Peru.');
  assert.deepEqual(words(tv, subjectsOf(tv, at(tv, 'selling'))), ['chile']);
});

test('a relative clause on a noun: the noun acts', () => {
  const tv = tree('Officials named the firms that supply engines to Canada.');
  assert.deepEqual(words(tv, subjectsOf(tv, at(tv, 'supply'))), ['firms']);
});

test('a double-object verb: recipient and theme', () => {
  const tv = tree('Canada gave Chile two hundred rifles.');
  const v = at(tv, 'gave');
  assert.deepEqual(words(tv, recipientsOf(tv, v)), ['chile']);
  assert.deepEqual(words(tv, objectsOf(tv, v)), ['rifles']);
});

test('an event noun: its possessor and the phrases it or its theme carries', () => {
  const tv = tree("Peru criticised Canada's sale of rifles to Chile.");
  const n = at(tv, 'sale');
  assert.deepEqual(words(tv, ownersOf(tv, n)), ['canada']);
  assert.deepEqual(words(tv, phrasesOf(tv, n, 'to')), ['chile']);
  assert.equal(caseOf(tv, phrasesOf(tv, n, 'to')[0]!), 'to');
});

test('conjuncts of a list of names', () => {
  const tv = tree('Peru thanked Canada, Chile and Japan.');
  assert.deepEqual(words(tv, conjuncts(tv, at(tv, 'canada'))), ['canada', 'chile', 'japan']);
});
