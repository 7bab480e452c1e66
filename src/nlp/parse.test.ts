import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeConfig } from '../config.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { NO_TREE } from '../core/nlp.js';
import type { Doc } from '../core/doc.js';
import { toArticle } from '../ingest/article.js';
import { toConllu } from './conllu.js';
import { formatTree } from './treeview.js';

const cfg = makeConfig({});
assert.ok(cfg.ok);
const built = buildDefaultPipeline(cfg.value);
assert.ok(built.ok, JSON.stringify(!built.ok && built.issues));
const pipeline = built.value;

function run(text: string): Doc {
  const a = toArticle({ text, published: '2025-03-01', origin: 'test' });
  assert.ok(a.ok);
  const d = pipeline.process(a.value);
  assert.ok(d.ok);
  // The pipeline builds trees when the coder first asks for one; ask for every sentence, as `show` would.
  for (const s of d.value.sentences) d.value.trees.demand?.(s.index);
  return d.value;
}

test('trees are built on request: only candidate sentences can be parsed, parsed stays ascending, and a tree is the same whenever it is built', () => {
  const a = toArticle({ text: TEXT, published: '2025-03-01', origin: 'test' });
  assert.ok(a.ok);
  const d = pipeline.process(a.value);
  assert.ok(d.ok);
  const doc = d.value;
  const before = [...doc.trees.parsed];
  assert.ok(before.every((si) => [1, 2, 3].includes(si)), 'the coder asked only for candidates');
  assert.equal(doc.trees.demand?.(0), false, 'sentence 0 is no candidate');
  assert.equal(doc.trees.demand?.(3), true);
  assert.equal(doc.trees.demand?.(1), true);
  assert.deepEqual(doc.trees.parsed, [...new Set([...before, 1, 3])].sort((x, y) => x - y));
  const eager = run(TEXT);
  for (const si of doc.trees.parsed) {
    const s = doc.sentences[si]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      assert.equal(doc.trees.head[i], eager.trees.head[i]);
      assert.equal(doc.trees.deprel[i], eager.trees.deprel[i]);
    }
  }
});

const TEXT = 'The weather in the capital was mild on Monday. Officials said North Korea shipped 1,000 artillery shells to Russia last month. Shipping rates rose. I\'m told Iran didn\'t send its drones.';

test('only candidate sentences (a trigger candidate, and an actor named in or before them) are parsed; the rest have no tree', () => {
  const doc = run(TEXT);
  assert.ok(doc.layers.has('trees'));
  // Sentence 0 names no actor and none before it; sentence 2 names none but follows one (the coder reads it for pronouns).
  assert.deepEqual(doc.trees.parsed, [1, 2, 3]);
  assert.equal(doc.trees.head.length, doc.tokens.length);
  for (const s of doc.sentences) {
    const parsed = doc.trees.parsed.includes(s.index);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) assert.equal(doc.trees.head[i] === NO_TREE, !parsed, `token ${i}`);
  }
});

test('each parsed sentence is a tree over its own tokens: heads inside, a root, no cycle', () => {
  const doc = run(TEXT);
  for (const si of doc.trees.parsed) {
    const s = doc.sentences[si]!;
    let roots = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const h = doc.trees.head[i]!;
      if (h === -1) roots++;
      else assert.ok(h >= s.tokenStart && h < s.tokenEnd && h !== i, `head of ${i} is ${h}`);
      let j = i;
      for (let steps = 0; j !== -1; steps++) {
        assert.ok(steps <= s.tokenEnd - s.tokenStart, `cycle through token ${i}`);
        j = doc.trees.head[j]!;
      }
      assert.ok(doc.trees.deprel[i] !== '' && doc.trees.upos[i] !== '');
    }
    assert.ok(roots >= 1);
  }
  // wink's own tags are untouched: the parser's sit beside them.
  const shipped = doc.tokens.findIndex((t) => t.norm === 'shipped');
  assert.equal(doc.tokens[shipped]!.pos, 'VERB');
  assert.equal(doc.trees.deprel[doc.tokens.findIndex((t) => t.norm === 'shells')], 'obj');
  assert.equal(doc.trees.head[doc.tokens.findIndex((t) => t.norm === 'shells')], shipped);
});

test('a token holding two parser words ("I\'m") gets one arc; CoNLL-U lines carry the offsets', () => {
  const doc = run(TEXT);
  const text = doc.article.text;
  const im = doc.tokens.findIndex((t) => text.slice(t.start, t.end) === "I'm");
  assert.ok(im >= 0);
  assert.notEqual(doc.trees.head[im], NO_TREE);
  const out = toConllu({ text, tokens: doc.tokens, sentences: doc.sentences }, doc.trees, 'doc');
  const blocks = out.trim().split('\n\n');
  assert.equal(blocks.length, 3);
  assert.match(blocks[0]!, /^# sent_id = doc-2\n# text = Officials said North Korea shipped/);
  for (const line of out.split('\n').filter((l) => /^\d/.test(l))) {
    const cols = line.split('\t');
    assert.equal(cols.length, 10);
    const [, a, b] = /Offset=(\d+)-(\d+)/.exec(cols[9]!)!;
    assert.equal(text.slice(Number(a), Number(b)), cols[1]);
  }
  assert.match(out, /\tI'm\t.*\tOffset=\d+-\d+\n/);
});

test('the tree view puts every token of the sentence under its head, marks included', () => {
  const doc = run(TEXT);
  const s = doc.sentences[1]!;
  const shipped = doc.tokens.findIndex((t) => t.norm === 'shipped');
  const lines = formatTree({ text: doc.article.text, tokens: doc.tokens, sentences: doc.sentences }, doc.trees, s.tokenStart, s.tokenEnd, new Map([[shipped, '{trigger}']]));
  assert.equal(lines.length, s.tokenEnd - s.tokenStart);
  assert.ok(lines.some((l) => /shipped +#5 VERB \S+ +\{trigger\}/.test(l)));
  assert.ok(lines.some((l) => /^[│ ]*[├└]─ shells/.test(l)));
});
