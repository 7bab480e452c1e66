// Actors and polarity carried across the clause: sentences with no name that
// refer back ("The two countries ..."), reciprocals, "the bloc", negative
// adverbs before the verb, and quantifiers heading their group. All sentences
// are invented for these tests; actors are marked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../nlp/index.js';
import { codeText, summary, testDict } from './test-helpers.js';
import type { ActorSpec } from './test-helpers.js';

const nlp = loadWink();
const dict = testDict();
const code = (text: string, actors: ActorSpec[] = STATES) => summary(codeText(nlp, dict, text, actors));

const STATES: ActorSpec[] = [
  ['Chile', 'CHL'], ['Peru', 'PER'], ['Lima', 'PER'], ['Bolivia', 'BOL'], ['Norway', 'NOR'],
  ['the European Union', 'EUR', 'group'], ['Peruvian', 'PER', 'demonym'], ['Bolivian', 'BOL', 'demonym'],
];

test('a sentence with no name is coded when it refers back ("The two countries ...")', () => {
  const got = code('Peru and Chile signed a defence pact. The two countries met again in May.');
  // A meeting is symmetric: the nearer state named comes first.
  assert.deepEqual(got, ['CHL>PER 040 actual', 'PER>CHL 057 actual']);
});

test('a reciprocal pairs the subjects both ways for a directed act', () => {
  assert.deepEqual(code('Peru and Chile will supply weapons to each other.'), ['CHL>PER 072 future', 'PER>CHL 072 future']);
});

test('"the bloc" after a group named earlier is that group', () => {
  const got = code('A spokesman for the European Union said the bloc would sanction Bolivian companies supplying drone parts to Chile.',
    [...STATES, ['Bolivian companies', 'BOL']]);
  assert.ok(got.includes('EUR>BOL 163 future') && got.includes('BOL>CHL 072 actual'), got.join('; '));
});

test('a negative adverb before the verb negates it: "it never sent"', () => {
  assert.deepEqual(code('Peru insisted it never sent drones to Chile.'), ['PER>CHL 072 negated']);
  // Other adverbs there do not change the time: "soon" before a past verb is narrative.
  assert.deepEqual(code('Peru soon delivered drones to Chile.'), ['PER>CHL 072 actual']);
});

test('concern over cooperation between two states is criticism of both', () => {
  assert.deepEqual(code('Norway expressed concern over the military cooperation between Peru and Chile.'),
    ['NOR>CHL 111 actual', 'NOR>PER 111 actual', 'PER>CHL 062 actual']);
});

test('"what it called X": X is the object, and the naming verb is no phone call', () => {
  assert.deepEqual(code('Chile condemned what it called Peru\'s latest aggression.'), ['CHL>PER 111 actual']);
  assert.deepEqual(code('Lima denounced what it described as Bolivian interference.'), ['PER>BOL 111 actual']);
});
