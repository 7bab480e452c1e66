// wink's tokens through the alignment rules against UD English EWT's own
// words, on the dev treebank's raw sentence texts (read, never copied).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { annotate, loadWinkTokenizer } from './wink.js';
import { ewtForm, wordsOf } from './align.js';

test('wink tokens aligned to EWT words match EWT dev word for word in at least 90 % of sentences', () => {
  const nlp = loadWinkTokenizer();
  const file = path.resolve('..', 'shared', 'treebank', 'en_ewt', 'en_ewt-ud-dev.conllu.gz');
  let sentences = 0;
  let exact = 0;
  for (const block of gunzipSync(readFileSync(file)).toString('utf8').split('\n\n')) {
    const text = /^# text = (.*)$/m.exec(block)?.[1];
    if (!text) continue;
    const gold = block.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => ewtForm(l.split('\t')[1]!));
    const { tokens } = annotate(nlp, text);
    sentences++;
    if (wordsOf(text, tokens, 0, tokens.length).forms.join(' ') === gold.join(' ')) exact++;
  }
  console.log(`alignment: ${exact} of ${sentences} EWT dev sentences word for word (${((exact / sentences) * 100).toFixed(1)} %)`);
  assert.ok(sentences > 1900);
  assert.ok(exact / sentences >= 0.9, `${exact} of ${sentences}`);
});
