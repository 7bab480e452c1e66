// Clause structure the coder reads to find source and target: time phrases
// between an accused and its "of"-gerund, double objects, gerund subjects,
// for-phrase possessives, "including"-gerunds, purpose infinitives, act
// nouns, actors placed in a state, refusals, threats and wishes. All
// sentences are invented for these tests; actors are marked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../nlp/index.js';
import { codeText, summary, testDict } from './test-helpers.js';
import type { ActorSpec } from './test-helpers.js';

const nlp = loadWink();
const dict = testDict();
const code = (text: string, actors: ActorSpec[] = STATES) => summary(codeText(nlp, dict, text, actors));

const STATES: ActorSpec[] = [
  ['Russia', 'RUS'], ['Moscow', 'RUS'], ['Iran', 'IRN'], ['Tehran', 'IRN'], ['North Korea', 'PRK'], ['Pyongyang', 'PRK'],
  ['Ukraine', 'UKR'], ['Kyiv', 'UKR'], ['Germany', 'DEU'], ['Berlin', 'DEU'], ['Sweden', 'SWE'], ['Norway', 'NOR'],
  ['Chile', 'CHL'], ['Peru', 'PER'], ['Japan', 'JPN'], ['India', 'IND'], ['Pakistan', 'PAK'], ['the European Union', 'EUR', 'group'],
  ['Peruvian', 'PER', 'demonym'], ['Chilean', 'CHL', 'demonym'], ['Japanese', 'JPN', 'demonym'],
];

test('an accused separated from its "of"-gerund by a time phrase still controls it', () => {
  assert.deepEqual(code('Sweden accused Iran on Tuesday of shipping drones to Russia.'), ['IRN>RUS 072 actual', 'SWE>IRN 112 actual']);
  assert.deepEqual(code('Norway accused Pyongyang last week of selling shells to Moscow.'), ['NOR>PRK 112 actual', 'PRK>RUS 072 actual']);
});

test('double object: "will send Kyiv 40 tanks" has the first object as recipient', () => {
  assert.deepEqual(code('Sweden will send Kyiv 40 tanks.'), ['SWE>UKR 072 future']);
  assert.deepEqual(code('Norway gave Ukraine more air defence missiles.'), ['NOR>UKR 072 actual']);
});

test('a gerund clause that is the subject of a modal is hypothetical, not a transfer by the speaker', () => {
  assert.deepEqual(code('Moscow warned that supplying long-range missiles to Kyiv would make Berlin a party to the war.'), []);
  // An asserted gerund subject is still coded: "the West providing weapons ... led to".
  const got = code('Tehran said that Germany providing tanks to Kyiv led to escalation.');
  assert.ok(got.includes('DEU>UKR 072 actual'), got.join('; '));
});

test('"warned X against supplying" keeps the supply from happening; the warning is coded', () => {
  assert.deepEqual(code('Moscow warned Berlin against supplying missiles to Kyiv.'), ['RUS>DEU 130 actual']);
});

test('"for its/their ..." refers to the object before "for", skipping a time phrase', () => {
  const got = code('The European Union sanctioned two Peruvian officials in early March 2025 for their roles in deploying troops to aid Chile.', [
    ...STATES, ['two Peruvian officials', 'PER', 'body'],
  ]);
  assert.ok(got.includes('PER>CHL 072 actual'), got.join('; '));
});

test('"including V-ing" is done by the possessor of the noun it elaborates', () => {
  const got = code('Sweden listed the Peruvian minister for his part in the pact, including sending 900 troops to Chile.', [
    ...STATES, ['the Peruvian minister', 'PER', 'official'],
  ]);
  assert.ok(got.includes('PER>CHL 072 actual'), got.join('; '));
});

test('act nouns name their author as target: "rejected the proposal of X", "welcomed X\'s decision"', () => {
  assert.deepEqual(code('Chile rejected the proposal of Peru.'), ['CHL>PER 120 actual']);
  assert.deepEqual(code('Japan welcomed India\'s decision.'), ['JPN>IND 051 actual']);
  assert.deepEqual(code('Pakistan refused a request from India.'), ['PAK>IND 120 actual']);
});

test('an actor noun placed in a state acts for it ("authorities in Chile", "a court in Peru")', () => {
  assert.deepEqual(code('Authorities in Chile arrested a Peruvian citizen.'), ['CHL>PER 173 actual']);
});

test('refusing a cooperative act is a rejection (12x); threatening an act codes only the threat', () => {
  assert.deepEqual(code('Pakistan refused to meet India.'), ['PAK>IND 125 actual']);
  assert.deepEqual(code('Chile declined to supply weapons to Peru.'), ['CHL>PER 1212 actual']);
  assert.deepEqual(code('Iran threatened to attack Japan.'), ['IRN>JPN 138 actual']);
});

test('"wants X to ..." is a request to X, not X\'s act', () => {
  assert.deepEqual(code('Japan wants India to attack Pakistan.'), ['JPN>IND 020 actual']);
});

test('a specific code of a trigger suppresses its catch-all: sanctions warnings are 1312 only', () => {
  assert.deepEqual(code('Germany warned Iran of new sanctions.'), ['DEU>IRN 1312 actual']);
});

test('passive agent and place part: "in the east of X" names X', () => {
  assert.deepEqual(code('Kyiv was attacked by Russia.'), ['RUS>UKR 190 actual']);
  const got = code('Five soldiers were killed in a Peruvian artillery attack in the north of Chile.');
  assert.ok(got.includes('PER>CHL 190 actual'), got.join('; '));
});
