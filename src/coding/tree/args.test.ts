import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../../nlp/index.js';
import { docWithTrees, testParser } from '../test-helpers.js';
import { treeView, indexOf, conjuncts, caseOf } from './view.js';
import type { TreeView } from './view.js';
import { agentOf, objectsOf, ownersOf, phrasesOf, recipientsOf, speakerOf, subjectsOf } from './args.js';

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
  const tv = tree('Canada and Chile sent tanks and rifles to Peru.');
  const v = at(tv, 'sent');
  assert.deepEqual(words(tv, subjectsOf(tv, v)), ['canada', 'chile']);
  assert.deepEqual(words(tv, objectsOf(tv, v)), ['tanks', 'rifles']);
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

/** A tree written by hand (words, 1-based heads as in CoNLL-U, relations): guards against parse errors, whatever the model. */
function handTree(words: string[], heads: number[], rels: string[], lemmas: string[] = words): TreeView {
  const n = words.length;
  const kids: number[][] = Array.from({ length: n }, () => []);
  heads.forEach((h, i) => { if (h > 0) kids[h - 1]!.push(i); });
  return { base: 0, n, head: Int32Array.from(heads.map((h) => h - 1)), rel: rels, norm: words, lemma: lemmas, kids };
}

test('a finite clause that lost its subject to the parser takes none from outside', () => {
  // "Peru protested after signed a pact": "signed" an advcl with no subject of its own.
  const tv = handTree(['peru', 'protested', 'after', 'signed', 'a', 'pact'], [2, 0, 4, 2, 6, 4], ['nsubj', 'root', 'mark', 'advcl', 'det', 'obj'], ['peru', 'protest', 'after', 'sign', 'a', 'pact']);
  assert.deepEqual(subjectsOf(tv, 3), []);
  // A participle clause does take it: "Peru protested, citing a pact".
  const part = handTree(['peru', 'protested', 'citing', 'a', 'pact'], [2, 0, 2, 5, 3], ['nsubj', 'root', 'advcl', 'det', 'obj'], ['peru', 'protest', 'cite', 'a', 'pact']);
  assert.deepEqual(words(part, subjectsOf(part, 2)), ['peru']);
});

test('a verb joined with no "and" (a reduced relative read as a conjunct) shares no subject', () => {
  // "Chile fined firms accused of fraud", "accused" hung on "fined" as conj.
  const tv = handTree(['chile', 'fined', 'firms', 'accused', 'of', 'fraud'], [2, 0, 2, 2, 6, 4], ['nsubj', 'root', 'obj', 'conj', 'case', 'obl'], ['chile', 'fine', 'firm', 'accuse', 'of', 'fraud']);
  assert.deepEqual(subjectsOf(tv, 3), []);
  const and = handTree(['chile', 'fined', 'firms', 'and', 'closed', 'banks'], [2, 0, 2, 5, 2, 5], ['nsubj', 'root', 'obj', 'cc', 'conj', 'obj'], ['chile', 'fine', 'firm', 'and', 'close', 'bank']);
  assert.deepEqual(words(and, subjectsOf(and, 4)), ['chile']);
});

test('who reports a clause: the subject of the verb it complements, or of a reporting verb set beside it', () => {
  const says = (tv: TreeView) => (v: number) => tv.lemma[v] === 'say';
  const tv = tree('Chile said that Peru was on a dangerous course.');
  assert.deepEqual(words(tv, speakerOf(tv, at(tv, 'course'), says(tv))), ['chile']);
  // "Peru is on a dangerous course, Chile said", read with "said" as parataxis of the clause's head.
  const beside = handTree(['peru', 'is', 'on', 'a', 'course', ',', 'chile', 'said'], [5, 5, 5, 5, 0, 8, 8, 5], ['nsubj', 'cop', 'case', 'det', 'root', 'punct', 'nsubj', 'parataxis'], ['peru', 'be', 'on', 'a', 'course', ',', 'chile', 'say']);
  assert.deepEqual(words(beside, speakerOf(beside, 4, says(beside))), ['chile']);
  assert.deepEqual(speakerOf(beside, 4, () => false), []);
});
