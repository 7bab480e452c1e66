import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from './conllu.js';
import { trainTagger, trainParser } from './train.js';
import { tokenPieces } from './tagger-features.js';
import { tagGreedy } from './tagger.js';
import { frozenScorer } from './parse.js';
import { saveModel } from './model.js';
import { loadParserModel, readParserModelFile, tagAndParse } from './index.js';
import { buildClusters, NO_CLUSTERS, type Clusters } from './clusters.js';

// Our own tiny treebank: enough for the mechanics, not for accuracy.
const OWN = `1	Ships	ship	NOUN	NNS	_	2	nsubj	_	_
2	sailed	sail	VERB	VBD	_	0	root	_	_
3	.	.	PUNCT	.	_	2	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	navy	navy	NOUN	NN	_	3	nsubj	_	_
3	sent	send	VERB	VBD	_	0	root	_	_
4	ships	ship	NOUN	NNS	_	3	obj	_	_
5	.	.	PUNCT	.	_	3	punct	_	_

1	Drones	drone	NOUN	NNS	_	3	nsubj:pass	_	_
2	were	be	AUX	VBD	_	3	aux:pass	_	_
3	sold	sell	VERB	VBN	_	0	root	_	_
4	by	by	ADP	IN	_	5	case	_	_
5	Iran	Iran	PROPN	NNP	_	3	obl:agent	_	_
6	.	.	PUNCT	.	_	3	punct	_	_
`;

function tinyModel(clusters: Clusters = NO_CLUSTERS): Uint8Array {
  const sents = parseConllu(OWN);
  const tags = [...new Set(sents.flatMap((s) => s.upos))].sort();
  const labels = [...new Set(sents.flatMap((s) => s.deprel))].sort();
  const t = trainTagger(sents, tags, 5, 1, sents, clusters);
  const score = frozenScorer(t.model);
  const predicted = sents.map((s) => tagGreedy(tokenPieces(s.forms, t.lexicon), score, tags.length));
  const p = trainParser(sents, predicted, sents, predicted, t.lexicon, labels, tags.length, { epochs: 5, seed: 3, exploreFrom: 2, exploreP: 0.9 });
  return saveModel('tiny', { tags, labels, lexicon: t.lexicon, tagger: t.model, parser: p.model });
}

test('training is deterministic and save -> load -> save gives the same bytes', () => {
  const a = tinyModel();
  assert.deepEqual(tinyModel(), a);
  const m = loadParserModel(a);
  assert.ok(m.ok);
  assert.equal(m.value.version, 'tiny');
  assert.equal(m.value.bytes, a.length);
  assert.deepEqual(saveModel(m.value.version, m.value.internals), a);
  const out = tagAndParse(m.value, ['The', 'navy', 'sent', 'ships', '.']);
  assert.deepEqual(out.head, [2, 3, 0, 3, 3]);
  assert.deepEqual(out.deprel, ['det', 'nsubj', 'root', 'obj', 'punct']);
});

test('word classes travel inside the model file', () => {
  const classes = buildClusters([['ships', 1, 0], ['drones', 1, 0], ['boats', 1, 0], ['navy', 2, 1]]);
  const a = tinyModel(classes);
  assert.deepEqual(tinyModel(classes), a);
  const m = loadParserModel(a);
  assert.ok(m.ok);
  assert.deepEqual(m.value.internals.lexicon.clusters.keys, classes.keys);
  assert.deepEqual(saveModel(m.value.version, m.value.internals), a);
  const plain = loadParserModel(tinyModel());
  assert.ok(plain.ok);
  assert.equal(plain.value.internals.lexicon.clusters.keys.length, 0);
  // "boats" was never in training, but its class is that of "ships"
  assert.equal(tagAndParse(m.value, ['Boats', 'sailed', '.']).upos[0], 'NOUN');
});

test('a model on a SharedArrayBuffer is used in place, not copied', () => {
  const bytes = tinyModel();
  const sab = new SharedArrayBuffer(bytes.length);
  const view = new Uint8Array(sab);
  view.set(bytes);
  const m = loadParserModel(view);
  assert.ok(m.ok);
  assert.equal(m.value.internals.parser.table.buffer, sab);
  assert.equal(m.value.internals.tagger.entries.buffer, sab);
  assert.equal(tagAndParse(m.value, ['Ships', 'sailed', '.']).deprel[0], 'nsubj');
});

test('bad model bytes and missing files are coded issues, not exceptions', () => {
  const junk = loadParserModel(new TextEncoder().encode('not a model at all'));
  assert.equal(junk.ok, false);
  if (!junk.ok) assert.equal(junk.issues[0]!.code, 'E211');
  const bytes = tinyModel();
  const cut = loadParserModel(bytes.slice(0, bytes.length - 64));
  assert.equal(cut.ok, false);
  const missing = readParserModelFile('/nonexistent/dyadwatch/model.bin');
  assert.equal(missing.ok, false);
  if (!missing.ok) assert.equal(missing.issues[0]!.code, 'E210');
});

test('an empty sentence gives an empty parse', () => {
  const m = loadParserModel(tinyModel());
  assert.ok(m.ok);
  assert.deepEqual(tagAndParse(m.value, []), { upos: [], head: [], deprel: [] });
});
