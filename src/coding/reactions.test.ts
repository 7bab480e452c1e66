// Reactions to transfers and how much they assert: criticism of a transfer
// names both its parties, sanctions for an act code the act by the
// sanctioned, not-observed and unclear transfers are hedged, requests for
// arms through an infinitive, and strikes named by their weapon or place.
// All sentences are invented for these tests; actors are marked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../nlp/index.js';
import { codeText, summary, testDict } from './test-helpers.js';
import type { ActorSpec } from './test-helpers.js';

const nlp = loadWink();
const dict = testDict();
const code = (text: string, actors: ActorSpec[] = STATES) => summary(codeText(nlp, dict, text, actors));

const STATES: ActorSpec[] = [
  ['Chile', 'CHL'], ['Santiago', 'CHL'], ['Peru', 'PER'], ['Lima', 'PER'], ['Bolivia', 'BOL'], ['La Paz', 'BOL'],
  ['Ecuador', 'ECU'], ['Norway', 'NOR'], ['Oslo', 'NOR'], ['Denmark', 'DNK'], ['allies', 'WST', 'group'],
  ['Peruvian', 'PER', 'demonym'], ['Chilean', 'CHL', 'demonym'], ['Bolivian', 'BOL', 'demonym'],
];

test('condemning a transfer criticises both its parties; a named supplier alone when no recipient is named', () => {
  assert.deepEqual(code('Norway condemned the transfer of missiles from Peru to Chile.'),
    ['NOR>CHL 111 actual', 'NOR>PER 111 actual', 'PER>CHL 072 actual']);
  assert.deepEqual(code('Norway condemned Peru\'s exports of shells for use in the war.'), ['NOR>PER 111 actual']);
  assert.deepEqual(code('Denmark condemned the military cooperation between Peru and Chile.'),
    ['DNK>CHL 111 actual', 'DNK>PER 111 actual', 'PER>CHL 062 actual']);
});

test('sanctions on a party for an act code the act as the sanctioned party\'s', () => {
  assert.deepEqual(code('Norway sanctioned Bolivian firms for supplying Chile with drone parts.', [...STATES, ['Bolivian firms', 'BOL']]),
    ['BOL>CHL 072 actual', 'NOR>BOL 163 actual']);
  // "its" after "sanctions on X over" is X; the reason keeps its own time.
  assert.deepEqual(code('Norway announced new sanctions on Peru over its missile deliveries to Chile.'),
    ['NOR>PER 163 actual', 'PER>CHL 072 actual']);
  // Sanctions on unnamed entities who helped a state's war are aimed at that state.
  assert.deepEqual(code('Oslo is imposing sanctions on 300 entities who have contributed to Peru\'s war.'), ['NOR>PER 163 actual']);
});

test('a transfer not observed is negated and hedged; an unconfirmed or unclear one is hedged', () => {
  assert.deepEqual(code('The Norwegian army had not recorded any arms transfers from Peru to Chile.'), ['PER>CHL 072 negated H']);
  assert.deepEqual(code('Officials had seen no evidence of Peruvian weapons deliveries to Chile.'), ['PER>CHL 072 negated H']);
  assert.deepEqual(code('Norway could not confirm that Peru had sent missiles to Chile.'), ['PER>CHL 072 actual H']);
  assert.deepEqual(code('It is not clear whether Peru has sent missiles to Chile.'), ['PER>CHL 072 actual H']);
  // A question is still no event.
  assert.deepEqual(code('Norway asked whether Peru has sent missiles to Chile.'), []);
});

test('a decision to send is future', () => {
  assert.deepEqual(code('Peru criticised Norway over its decision to send tanks to Chile.'), ['NOR>CHL 072 future', 'PER>NOR 111 actual']);
});

test('urging a party to send arms requests them (0232); urging it to stop does not', () => {
  assert.deepEqual(code('Chile urged its allies to send more air defence systems.'), ['CHL>WST 0232 actual']);
  assert.deepEqual(code('Chile urged Norway to deliver more tanks.'), ['CHL>NOR 0232 actual']);
  // Urging a stop presupposes the assistance: it is coded too.
  assert.deepEqual(code('Norway urged Peru to cease all military assistance for Chile.'), ['NOR>PER 020 actual', 'PER>CHL 072 actual']);
});

test('strikes: a struck place of a state names it; weapons used against a state strike it', () => {
  assert.deepEqual(code('Chile attacked a Peruvian air base with drones.'), ['CHL>PER 195 actual']);
  assert.deepEqual(code('Chile has deployed Bolivian-made drones against Peruvian cities.'), ['CHL>PER 195 actual']);
  // Launching another state's missiles does not strike their maker.
  assert.deepEqual(code('Chile fired Bolivian missiles at Lima.'), ['CHL>PER 195 actual']);
});

test('"up to" a sum is a preposition, not an infinitive', () => {
  assert.deepEqual(code('Norway agreed to lend up to $1 billion to Chile.'), ['NOR>CHL 071 future']);
});

test('a split infinitive is an infinitive: "to unilaterally move against" names the target in its clause', () => {
  assert.deepEqual(code('Peru has mobilized troops for an order to unilaterally move against Chile.'), ['PER>CHL 154 actual']);
});

test('sanctions designations and diplomats: one code each', () => {
  assert.deepEqual(code('Norway designated three Peruvian entities that helped Chile.'), ['NOR>PER 163 actual']);
  assert.deepEqual(code('Norway expelled a Peruvian diplomat.', [...STATES, ['Peruvian diplomat', 'PER']]), ['NOR>PER 166 actual']);
});

test('calling claims fake denies them: the content claimed before is restated as negated', () => {
  const got = code('Norway said Peru had sent drones to Chile. Lima called such reports a fabrication.');
  assert.deepEqual(got, ['PER>CHL 072 actual', 'PER>CHL 072 negated']);
});

test('vessels that "meet" are not consulting', () => {
  assert.deepEqual(code('Peruvian and Chilean naval ships met off the coast to take part in joint exercises.'), ['PER>CHL 062 actual']);
  assert.deepEqual(code('Peruvian and Chilean ministers met in Lima.', [...STATES, ['Chilean ministers', 'CHL']]), ['PER>CHL 040 actual']);
});

test('verbal support voiced now: "will support all of X\'s policies" is an actual endorsement', () => {
  assert.deepEqual(code('Peru will unconditionally support all of Chile\'s policies.'), ['PER>CHL 051 actual']);
});
