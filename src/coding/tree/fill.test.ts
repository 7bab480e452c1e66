import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../../nlp/index.js';
import { codeParsed, codeText, summary, testDict, testParser } from '../test-helpers.js';
import type { ActorSpec } from '../test-helpers.js';

const nlp = loadWink();
const model = testParser();
const dict = testDict();
const ACTORS: ActorSpec[] = [['Spain', 'ESP'], ['Chile', 'CHL'], ['Peru', 'PER'], ['Lima', 'PER', 'capital'], ['Japanese', 'JPN', 'demonym'], ['Canada', 'CAN']];

const coded = (text: string) => summary(codeParsed(nlp, model, dict, text, ACTORS));

test('a repeated verb shares the first one\'s recipient: "sold ... to X and will sell more"', () => {
  const got = coded('Spain has sold 12 helicopters to Chile since 2020 and will sell another six of them next year.');
  assert.ok(got.includes('ESP>CHL 072 actual'), got.join('; '));
  assert.ok(got.includes('ESP>CHL 072 future'), got.join('; '));
});

test('a part of a place stands for the place\'s state: "arrived in waters off X"', () => {
  const got = coded('Japanese destroyers arrived in waters off Peru on Sunday.');
  assert.ok(got.includes('JPN>PER 042 actual'), got.join('; '));
});

test('the tree only fills what the chunk reading leaves empty: without a tree the same sentence codes less', () => {
  const text = 'Japanese destroyers arrived in waters off Peru on Sunday.';
  assert.ok(!summary(codeText(nlp, dict, text, ACTORS)).includes('JPN>PER 042 actual'));
});

test('the rule that found an argument in the tree says so', () => {
  const events = codeParsed(nlp, model, dict, 'Spain has sold 12 helicopters to Chile since 2020 and will sell another six of them next year.', ACTORS);
  const future = events.find((e) => e.modality === 'future');
  assert.ok(future);
  assert.ok(future.rules.some((r) => r.startsWith('tree:shared-verb|tree:to|')), future.rules.join(' '));
});

test('a verdict on a path is the reporting speaker\'s, found in the tree when the speech tag follows', () => {
  const got = coded('Canada and Chile are moving further down a dangerous path, Peru said on Monday.');
  assert.ok(got.includes('PER>CAN 111 actual') && got.includes('PER>CHL 111 actual'), got.join('; '));
});
