import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClusters, clusterOf, saveClusters, loadClusters, NO_CLUSTERS } from './clusters.js';
import { strHash } from './hash.js';
import { buildLexicon, normForm } from './lexicon.js';
import { tokenPieces } from './tagger-features.js';

const rows: [string, number, number][] = [
  ['howitzers', 7, 2],
  ['rifles', 7, 2],
  ['envoy', 300, 5],
  ['rifles', 9, 9], // a later row of the same form is ignored: frequent words come first
];

test('classes are looked up by the hash of the normalized form, fine and coarse + 1', () => {
  const c = buildClusters(rows);
  assert.equal(c.keys.length, 3);
  const rifles = clusterOf(c, strHash('rifles') >>> 0);
  assert.equal(rifles & 0xffff, 8);
  assert.equal(rifles >>> 16, 3);
  assert.equal(clusterOf(c, strHash('envoy') >>> 0) & 0xffff, 301);
  assert.equal(clusterOf(c, strHash('frigates') >>> 0), 0);
  assert.equal(clusterOf(NO_CLUSTERS, strHash('rifles') >>> 0), 0);
});

test('save -> load gives the same table and the same bytes', () => {
  const c = buildClusters(rows);
  const bytes = saveClusters(c);
  const back = loadClusters(bytes);
  assert.ok(back.ok);
  assert.deepEqual(back.value.keys, c.keys);
  assert.deepEqual(back.value.ids, c.ids);
  assert.deepEqual(saveClusters(back.value), bytes);
});

test('a damaged file is a coded issue', () => {
  const bytes = saveClusters(buildClusters(rows));
  for (const bad of [bytes.slice(0, 20), new TextEncoder().encode('DWPARSE1 not classes')]) {
    const r = loadClusters(bad, 'x.bin');
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.issues[0]!.code, 'E211');
  }
});

test('the tagger sees the class of a word it never saw in training', () => {
  // "howitzers" is not in this lexicon's training words; its class says it is like "rifles".
  const lex = buildLexicon([['rifles', 1], ['rifles', 1]], buildClusters(rows));
  const p = tokenPieces(['The', 'Howitzers', 'fired'], lex);
  assert.equal(p.amb[1], 0);
  assert.equal(p.clu[1], 8);
  assert.equal(p.cluc[1], 3);
  assert.equal(p.clu[0], 0);
  assert.equal(normForm('Howitzers'), 'howitzers');
});
