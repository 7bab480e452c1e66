import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu, writeConllu } from './conllu.js';

// Our own sentence, with a multiword token and an empty node to skip.
const TEXT = [
  '# sent_id = own-1',
  '# text = They can\'t sail today.',
  '1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '2-3\tcan\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tsail\tsail\tVERB\tVB\t_\t0\troot\t_\t_',
  '4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_',
  '5\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:tmod\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_',
  '',
].join('\n');

test('parseConllu keeps syntactic words only and reads heads, relations and text', () => {
  const s = parseConllu(TEXT);
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.forms, ['They', 'ca', "n't", 'sail', 'today', '.']);
  assert.deepEqual(s[0]!.head, [4, 4, 4, 0, 4, 4]);
  assert.deepEqual(s[0]!.deprel, ['nsubj', 'aux', 'advmod', 'root', 'obl:tmod', 'punct']);
  assert.equal(s[0]!.upos[1], 'AUX');
  assert.equal(s[0]!.text, "They can't sail today.");
  assert.deepEqual(s[1]!.forms, ['Yes']);
});

test('writeConllu writes what parseConllu reads back', () => {
  const s = parseConllu(TEXT);
  const again = parseConllu(writeConllu(s));
  assert.deepEqual(again.map((x) => [x.forms, x.upos, x.head, x.deprel]), s.map((x) => [x.forms, x.upos, x.head, x.deprel]));
});
