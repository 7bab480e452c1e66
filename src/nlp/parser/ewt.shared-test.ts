import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { evaluateConllu, readParserModelFile } from './index.js';

const TEST = '../shared/treebank/en_ewt/en_ewt-ud-test.conllu.gz';
// Slightly under what the committed model reaches (0.9555, 0.8596, 0.8320; see the README).
const FLOORS = { upos: 0.95, uas: 0.855, las: 0.83 };

test('the committed model meets its floors on EWT test (gold words, predicted tags)', { skip: !existsSync(TEST) && 'no ../shared treebank' }, () => {
  const m = readParserModelFile();
  assert.ok(m.ok, m.ok ? '' : m.issues[0]!.message);
  const r = evaluateConllu(m.value, TEST);
  assert.equal(r.sentences, 2077);
  assert.equal(r.tokens, 25094);
  for (const [k, floor] of Object.entries(FLOORS)) assert.ok(r[k as keyof typeof FLOORS] >= floor, `${k} ${r[k as keyof typeof FLOORS]} < ${floor}`);
  assert.ok(r.las_full <= r.las, 'full relations can only be harder than universal ones');
});
